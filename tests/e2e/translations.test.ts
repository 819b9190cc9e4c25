/**
 * Translation freshness as a contributor meets it, on a temporary copy of the site: edit a Russian
 * page, delete an English one, add a locale with `translations:add-locale` and build all three;
 * read the status and the built pages after each step.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {LocaleReport} from '../../lib/translationStatus';
import {pagesDir, siteDir} from '../../lib/pages';

/** A build (or write-translations) of the copy: 15–30 s alone, over three minutes on a shared machine. */
const buildTimeout = 400_000;
const copy = mkdtempSync(path.join(tmpdir(), 'nc-sos-translations-'));
const englishPages = pagesDir('en');
const skipped = new Set(['node_modules', 'build', '.docusaurus', '.git']);

function status(...args: string[]): {code: number; stdout: string} {
  const result = spawnSync('npx', ['tsx', 'scripts/translations.ts', 'status', ...args], {
    cwd: copy,
    encoding: 'utf8',
  });
  return {code: result.status ?? -1, stdout: result.stdout};
}

function report(locale: string): LocaleReport {
  const reports = JSON.parse(status('--json').stdout) as LocaleReport[];
  const found = reports.find((entry) => entry.locale === locale);
  if (!found) throw new Error(`no report for ${locale}`);
  return found;
}

const statusOf = (locale: string, file: string) =>
  report(locale).items.find((item) => item.file === file)?.status;

function buildEnglish(): void {
  execFileSync('npx', ['docusaurus', 'build', '--locale', 'en'], {cwd: copy, stdio: 'ignore'});
}

/** A single-locale build writes to build/ directly, with /en/ links inside. */
const builtText = (page: string) => readFileSync(path.join(copy, 'build', `${page}.html`), 'utf8');

/** The notice's link to the Russian page, and whether the page's text is marked as Russian. */
function notice(html: string): {href: string | undefined; russianText: boolean} {
  const note = /<div role="?note"?[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return {
    href: /<a href="?([^" >]+)"?/.exec(note)?.[1],
    russianText: /<div lang="?ru"?><div class="theme-doc-markdown/.test(html),
  };
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"};
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name] ?? '');

/** The rows of a built status page, per locale: `status file id`, as the command's report would list them. */
function renderedRows(html: string): Record<string, string[]> {
  const sections = html.split(/<h2[^>]* id="?locale-/).slice(1);
  return Object.fromEntries(
    sections.map((section) => [
      /^[\w-]+/.exec(section)?.[0] ?? '',
      [
        ...section.matchAll(
          /<tr data-status="?([\w-]+)"?><td><code>([^<]*)<\/code>(?:<\/td>)?<td>([^<]*)/g,
        ),
      ].map(([, status, file, id]) => `${status} ${decode(file ?? '')} ${decode(id ?? '')}`.trim()),
    ]),
  );
}

/** The same from the command's JSON: every page and data item, and the UI strings that need work. */
function reportedRows(reports: readonly LocaleReport[]): Record<string, string[]> {
  return Object.fromEntries(
    reports.map(({locale, items}) => [
      locale,
      [
        ...items.filter((item) => item.kind === 'page'),
        ...items.filter((item) => item.kind === 'data'),
        ...items.filter((item) => item.kind === 'ui' && item.status !== 'up-to-date'),
      ].map(({status, file, id}) => `${status} ${file} ${id ?? ''}`.trim()),
    ]),
  );
}

beforeAll(() => {
  cpSync(siteDir, copy, {recursive: true, filter: (source) => !skipped.has(path.basename(source))});
  symlinkSync(path.join(siteDir, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});

afterAll(() => rmSync(copy, {recursive: true, force: true}));

describe('translation status on a copy of the site', () => {
  it('starts complete, and --check passes', () => {
    expect(report('en').counts.missing).toBe(0);
    expect(status('--check').code).toBe(0);
  });

  it(
    'reports an edited Russian page as outdated, and the built page says so',
    {timeout: buildTimeout},
    () => {
      appendFileSync(
        path.join(copy, 'docs/history/sphere.mdx'),
        '\nНовый абзац русского текста.<Cite id="wikipedia" />\n',
      );
      expect(statusOf('en', `${englishPages}/history/sphere.mdx`)).toBe('outdated');
      expect(status('--check').code, 'outdated only warns').toBe(0);
      buildEnglish();
      expect(builtText('history/sphere')).toContain('has changed since it was translated');
      expect(notice(builtText('history/sphere'))).toEqual({
        href: '/history/sphere',
        russianText: false,
      });
      expect(builtText('history/founding')).not.toContain('has changed since it was translated');
    },
  );

  it(
    'reports a deleted English page as missing, fails --check, and the built page says it is untranslated',
    {timeout: buildTimeout},
    () => {
      rmSync(path.join(copy, englishPages, 'history/founding.mdx'));
      expect(statusOf('en', `${englishPages}/history/founding.mdx`)).toBe('missing');
      expect(status('--check').code).toBe(1);
      buildEnglish();
      expect(builtText('history/founding')).toContain('has not been translated yet');
      // The Russian page, not this one; the Russian text below marked as Russian for screen readers.
      expect(notice(builtText('history/founding'))).toEqual({
        href: '/history/founding',
        russianText: true,
      });
    },
  );

  it('marking the translation makes it up to date again', () => {
    execFileSync(
      'npx',
      ['tsx', 'scripts/translations.ts', 'mark', `${englishPages}/history/sphere.mdx`],
      {cwd: copy},
    );
    expect(statusOf('en', `${englishPages}/history/sphere.mdx`)).toBe('up-to-date');
  });

  it(
    'adds a locale with one command, 0% with every item missing, and --check fails',
    {timeout: buildTimeout},
    () => {
      execFileSync('npx', ['tsx', 'scripts/translations.ts', 'add-locale', 'uk'], {cwd: copy});
      const ukrainian = report('uk');
      expect(ukrainian.percent).toBe(0);
      expect(ukrainian.counts['up-to-date']).toBe(0);
      expect(ukrainian.counts.missing).toBe(ukrainian.items.length);
      expect(ukrainian.items.length).toBe(report('en').items.length);
      expect(status('--check').code).toBe(1);
    },
  );

  it(
    'builds all three locales; each status page renders the command’s report, and uk falls back to Russian',
    {timeout: buildTimeout},
    () => {
      execFileSync('npx', ['docusaurus', 'build'], {cwd: copy, stdio: 'ignore'});
      const expected = reportedRows(JSON.parse(status('--json').stdout) as LocaleReport[]);
      expect(Object.keys(expected)).toEqual(['en', 'uk']);
      for (const page of ['translation-status', 'en/translation-status', 'uk/translation-status']) {
        expect(renderedRows(builtText(page)), page).toEqual(expected);
      }
      const founding = builtText('uk/history/founding');
      expect(founding).toMatch(/<html lang="?uk"?/);
      expect(notice(founding)).toEqual({href: '/history/founding', russianText: true});
    },
  );
});
