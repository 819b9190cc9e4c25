/**
 * `npm run translations:status [-- --all] [-- --check] [-- --json]`: what each translated locale still
 * needs (every page, data entry and UI string with --all), as up to date, outdated or missing. `--check` exits 1 when anything is missing;
 * outdated only warns, so an edit of a Russian page never blocks anyone.
 *
 * `npm run translations:mark -- <file>…`: after updating a translation, record the hash of its current
 * Russian source (a page's front matter, or every entry of a data file; `--id <id>` for one entry).
 *
 * `npm run translations:diff -- <file> [--id <id>]`: what changed in the Russian source since then.
 *
 * `npm run translations:add-locale -- <code>`: a new language, every text missing.
 *
 * A usage mistake (unknown flag, `--id` without its value) exits 2; a wrong file or id exits 1; both
 * print one line on stderr naming what is wrong.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseJsonText} from '../lib/jsonFile';
import {pagesDir, siteDir} from '../lib/pages';
import {addLocale} from './lib/addLocale';
import {translationDiff} from '../lib/translationDiff';
import {type CliOptions, parseCli, UsageError} from '../lib/translationsCli';
import {type TextFileName, textFileNames} from '../src/data/validate';
import {
  type FreshStatus,
  freshStatuses,
  type LocaleReport,
  localeReport,
  pageSourceHash,
  sourceEntries,
  translationReport,
  withPageSourceHash,
} from '../lib/translationStatus';

const statusLabel: Record<FreshStatus, string> = {
  'up-to-date': 'up to date',
  'not-marked': 'NOT YET MARKED',
  outdated: 'OUTDATED',
  missing: 'MISSING',
};
const labelWidth = Math.max(...Object.values(statusLabel).map((label) => label.length));

/** What `--check` says of a translation that exists but needs a look; it never fails on these. */
const checkWarning: Partial<Record<FreshStatus, string>> = {
  outdated: 'outdated (Russian source changed)',
  'not-marked': 'not yet marked (check it, then run translations:mark)',
};

/** `en: 192 up to date, 0 not yet marked, 1 outdated, 0 missing — 99% complete` */
function summaryLine({locale, counts, percent}: Omit<LocaleReport, 'items'>): string {
  const parts = freshStatuses.map(
    (status) => `${counts[status]} ${statusLabel[status].toLowerCase()}`,
  );
  return `${locale}: ${parts.join(', ')} — ${percent}% complete`;
}

function printReport(reports: readonly LocaleReport[], all: boolean): void {
  for (const {locale, items, counts, percent} of reports) {
    console.log(`\n# ${locale}`);
    for (const kind of ['page', 'data', 'ui'] as const) {
      const ofKind = items.filter((item) => item.kind === kind);
      // What is up to date is listed only on request (--all): a translator looks for what needs work.
      const shown = all ? ofKind : ofKind.filter((item) => item.status !== 'up-to-date');
      console.log(
        `\n## ${{page: 'Pages', data: 'Data text', ui: 'UI strings'}[kind]}${all ? '' : ' that need work'}`,
      );
      if (shown.length === 0) console.log('  (none)');
      for (const item of shown) {
        console.log(
          `  ${statusLabel[item.status].padEnd(labelWidth)} ${item.file}${item.id ? `  ${item.id}` : ''}`,
        );
      }
    }
    console.log(`\n${summaryLine({locale, counts, percent})}`);
  }
}

function markPage(file: string): void {
  const locale = /^i18n\/([^/]+)\//.exec(file)?.[1];
  const page = locale ? path.relative(pagesDir(locale), file).split(path.sep).join('/') : undefined;
  if (!page || page.startsWith('..'))
    throw new Error(`${file}: not a translated page under i18n/<locale>/…/current/`);
  const raw = readFileSync(path.join(siteDir, file), 'utf8');
  const hash = pageSourceHash(siteDir, page);
  writeFileSync(path.join(siteDir, file), withPageSourceHash(raw, hash, file));
  console.log(`${file}: translates source ${hash}`);
}

function markData(file: string, name: TextFileName, onlyId: string | undefined): void {
  const full = path.join(siteDir, file);
  const translation = parseJsonText(readFileSync(full, 'utf8'), file) as Record<
    string,
    Record<string, unknown>
  >;
  const entries = [...sourceEntries(siteDir, name)].filter(
    ([id]) => onlyId === undefined || id === onlyId,
  );
  if (entries.length === 0) throw new Error(`${file}: no source entry "${onlyId}"`);
  for (const [id, hash] of entries) {
    if (name === 'figures') {
      translation._source_hashes = {...translation._source_hashes, [id]: hash};
    } else if (translation[id]) {
      translation[id] = {...translation[id], source_hash: hash};
    }
  }
  writeFileSync(full, `${JSON.stringify(translation, null, 2)}\n`);
  console.log(`${file}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} marked`);
}

/** A path as given on the command line, relative to the site with `/`, as messages name files. */
const siteRelative = (arg: string) =>
  path.relative(siteDir, path.resolve(arg)).split(path.sep).join('/');

function mark(files: readonly string[], onlyId: string | undefined): void {
  for (const file of files.map(siteRelative)) {
    if (!existsSync(path.join(siteDir, file))) throw new Error(`${file}: no such file`);
    const data = textFileNames.find((name) =>
      new RegExp(`^i18n/[^/]+/data/${name}\\.json$`).test(file),
    );
    if (data) markData(file, data, onlyId);
    else markPage(file);
  }
}

function main(options: CliOptions): void {
  if (options.command === 'mark') {
    mark(options.files, options.id);
    return;
  }
  if (options.command === 'add-locale') {
    const code = options.files[0] ?? '';
    for (const file of addLocale(siteDir, code)) console.log(`written: ${file}`);
    console.log(`\n${summaryLine(localeReport(siteDir, code))}`);
    console.log(
      `Until each text is translated the site shows the Russian one; pages show the Russian page with a notice.\nNext: translate title and tagline in src/i18n/locales.ts, then the files above; npm run translations:status lists what is left.`,
    );
    return;
  }
  if (options.command === 'diff') {
    process.stdout.write(
      translationDiff(siteDir, siteRelative(options.files[0] ?? ''), options.id),
    );
    return;
  }
  const reports = translationReport(siteDir);
  if (options.json) console.log(JSON.stringify(reports, null, 2));
  else printReport(reports, options.all);
  const missing = reports.reduce((sum, report) => sum + report.counts.missing, 0);
  if (options.check) {
    for (const {file, id, status} of reports.flatMap(({items}) => items)) {
      const warning = checkWarning[status];
      if (warning) console.error(`warning: ${warning}: ${file}${id ? ` ${id}` : ''}`);
    }
  }
  if (options.check && missing > 0) {
    console.error(`\n${missing} translation(s) missing.`);
    process.exit(1);
  }
}

try {
  main(parseCli(process.argv.slice(2)));
} catch (error) {
  // A contributor's mistake (usage, file, id) is one line naming it; a stack trace only hides it.
  console.error(`translations: ${(error as Error).message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
