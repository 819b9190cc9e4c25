/**
 * `npm run translations:diff -- <file> [--id <id>]`: what changed in the Russian source since the
 * translation in `file` was marked. The translation records only a hash of the source it follows
 * (`translations:mark`), so the source's git history is walked for the version with that hash, and
 * that version is compared with the working copy: a page whole (front matter and body), a data file
 * entry by entry, showing only the entries that changed.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {type TextFileName, textFileNames, textFilePath} from '../src/data/validate';
import {sourceLocale} from '../src/i18n/locales';
import {parseJsonText} from './jsonFile';
import {pagesDir} from './pages';
import {
  recordedDataHashes,
  recordedPageHash,
  sourceEntryTexts,
  sourceHash,
} from './translationStatus';

/** The Russian file a translation follows, and how to read it. */
type Source =
  | {readonly kind: 'page'; readonly file: string}
  | {readonly kind: 'data'; readonly file: string; readonly name: TextFileName};

function sourceOf(file: string): Source {
  const data = /^i18n\/([^/]+)\/data\/([^/]+)\.json$/.exec(file);
  const name = textFileNames.find((known) => known === data?.[2]);
  if (data && name && data[1] !== sourceLocale) {
    return {kind: 'data', file: textFilePath(sourceLocale, name), name};
  }
  const locale = /^i18n\/([^/]+)\//.exec(file)?.[1];
  const page = locale && locale !== sourceLocale ? path.posix.relative(pagesDir(locale), file) : '';
  if (!page || page.startsWith('..') || !/\.mdx?$/.test(page)) {
    throw new Error(
      `${file}: not a translation (a page under i18n/<locale>/docusaurus-plugin-content-docs/current/, or i18n/<locale>/data/{${textFileNames.join(',')}}.json)`,
    );
  }
  return {kind: 'page', file: `${pagesDir(sourceLocale)}/${page}`};
}

/** The source's committed versions, newest first, each as a function reading its text. */
function committedVersions(siteDir: string, file: string): {commit: string; text: () => string}[] {
  const log = spawnSync('git', ['log', '--format=%H', '--', file], {
    cwd: siteDir,
    encoding: 'utf8',
  });
  if (log.status !== 0) {
    throw new Error(`${file}: cannot read its git history (${log.stderr.trim() || 'git failed'})`);
  }
  return log.stdout
    .split('\n')
    .filter(Boolean)
    .map((commit) => ({
      commit,
      // `./`: the path from siteDir, even when the repository's root is above it.
      text: () =>
        execFileSync('git', ['show', `${commit}:./${file}`], {
          cwd: siteDir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
    }));
}

/** A unified diff of two texts under the given labels (git's diff, so any git can read it). */
export function unifiedDiff(before: string, after: string, labels: [string, string]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'translations-diff-'));
  try {
    writeFileSync(path.join(dir, 'a'), before.endsWith('\n') ? before : `${before}\n`);
    writeFileSync(path.join(dir, 'b'), after.endsWith('\n') ? after : `${after}\n`);
    const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '--no-ext-diff', 'a', 'b'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const hunks = diff.stdout.slice(Math.max(0, diff.stdout.indexOf('@@')));
    return hunks ? `--- ${labels[0]}\n+++ ${labels[1]}\n${hunks}` : '';
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const short = (commit: string) => commit.slice(0, 10);

function notFound(file: string, source: string, hash: string, what = ''): Error {
  return new Error(
    `${file}${what}: records source_hash ${hash}, which no committed version of ${source} has (git log --format=%H -- ${source}); it may have been marked on uncommitted text, or the history is shallow. Compare by hand, then run translations:mark.`,
  );
}

function pageDiff(siteDir: string, file: string, source: string): string {
  const current = readFileSync(path.join(siteDir, source), 'utf8');
  const recorded = recordedPageHash(readFileSync(path.join(siteDir, file), 'utf8'), file);
  if (recorded === undefined) {
    return `${file}: not yet marked, so there is no version to compare with; here is the whole source, ${source}:\n\n${current}`;
  }
  if (recorded === sourceHash(current))
    return `${file}: up to date; ${source} has not changed since it was marked.\n`;
  const version = committedVersions(siteDir, source).find(
    ({text}) => sourceHash(text()) === recorded,
  );
  if (!version) throw notFound(file, source, recorded);
  return unifiedDiff(version.text(), current, [
    `${source} @ ${short(version.commit)} (translated)`,
    `${source} (working copy)`,
  ]);
}

function dataDiff(
  siteDir: string,
  file: string,
  source: Extract<Source, {kind: 'data'}>,
  onlyId: string | undefined,
): string {
  // Glossary and cases entries as indented JSON, a field a line; figures as their text.
  const shownEntry = (text: string) =>
    source.name === 'figures' ? `${text}\n` : `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  const read = (text: string, label: string) =>
    sourceEntryTexts(parseJsonText(text, label) as Record<string, unknown>, source.name);
  const current = read(readFileSync(path.join(siteDir, source.file), 'utf8'), source.file);
  if (onlyId !== undefined && !current.has(onlyId)) {
    throw new Error(`${source.file}: no entry "${onlyId}" (the id given to --id)`);
  }
  const translation = parseJsonText(readFileSync(path.join(siteDir, file), 'utf8'), file);
  const recorded = recordedDataHashes(translation as Record<string, unknown>, source.name);
  const versions = committedVersions(siteDir, source.file);
  // Each old version is read once, however many entries it serves.
  const parsed = new Map<string, Map<string, string>>();
  const entriesOf = (version: (typeof versions)[number]) => {
    const cached =
      parsed.get(version.commit) ??
      read(version.text(), `${source.file} @ ${short(version.commit)}`);
    parsed.set(version.commit, cached);
    return cached;
  };
  const parts: string[] = [];
  let unchanged = 0;
  for (const [id, text] of current) {
    if (onlyId !== undefined && id !== onlyId) continue;
    const hash = recorded.get(id);
    if (hash === sourceHash(text)) {
      unchanged += 1;
      continue;
    }
    if (hash === undefined) {
      parts.push(`## ${id}: not yet marked; the whole source entry:\n${shownEntry(text)}`);
      continue;
    }
    const version = versions.find((candidate) => {
      const old = entriesOf(candidate).get(id);
      return old !== undefined && sourceHash(old) === hash;
    });
    if (!version) throw notFound(file, source.file, hash, ` entry "${id}"`);
    const old = entriesOf(version).get(id) ?? '';
    parts.push(
      `## ${id}\n${unifiedDiff(shownEntry(old), shownEntry(text), [
        `${source.file} ${id} @ ${short(version.commit)} (translated)`,
        `${source.file} ${id} (working copy)`,
      ])}`,
    );
  }
  const summary = `${file}: ${parts.length} entr${parts.length === 1 ? 'y' : 'ies'} changed or not yet marked, ${unchanged} up to date.\n`;
  return parts.length === 0 ? summary : `${summary}\n${parts.join('\n')}`;
}

/** The report `translations:diff` prints for `file` (relative to the site); throws naming the file. */
export function translationDiff(siteDir: string, file: string, onlyId?: string): string {
  if (!existsSync(path.join(siteDir, file))) throw new Error(`${file}: no such file`);
  const source = sourceOf(file);
  if (!existsSync(path.join(siteDir, source.file))) {
    throw new Error(`${file}: its source ${source.file} does not exist`);
  }
  if (source.kind === 'page') {
    if (onlyId !== undefined) throw new Error(`${file}: --id applies to data files, not to pages`);
    return pageDiff(siteDir, file, source.file);
  }
  return dataDiff(siteDir, file, source, onlyId);
}
