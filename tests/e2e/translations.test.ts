/**
 * Translation freshness as a contributor meets it, on a temporary copy of the site: edit a Russian
 * page, delete an English one, add a locale; read the status and the built pages after each step.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {LocaleReport} from '../../scripts/lib/translationStatus';
import {pagesDir, siteDir} from '../../scripts/lib/pages';

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

  it('reports an edited Russian page as outdated, and the built page says so', () => {
    appendFileSync(
      path.join(copy, 'docs/history/sphere.mdx'),
      '\nНовый абзац русского текста.<Cite id="wikipedia" />\n',
    );
    expect(statusOf('en', `${englishPages}/history/sphere.mdx`)).toBe('outdated');
    expect(status('--check').code, 'outdated only warns').toBe(0);
    buildEnglish();
    expect(builtText('history/sphere')).toContain('has changed since it was translated');
    expect(builtText('history/founding')).not.toContain('has changed since it was translated');
  });

  it('reports a deleted English page as missing, fails --check, and the built page says it is untranslated', () => {
    rmSync(path.join(copy, englishPages, 'history/founding.mdx'));
    expect(statusOf('en', `${englishPages}/history/founding.mdx`)).toBe('missing');
    expect(status('--check').code).toBe(1);
    buildEnglish();
    expect(builtText('history/founding')).toContain('has not been translated yet');
  });

  it('marking the translation makes it up to date again', () => {
    execFileSync(
      'npx',
      ['tsx', 'scripts/translations.ts', 'mark', `${englishPages}/history/sphere.mdx`],
      {cwd: copy},
    );
    expect(statusOf('en', `${englishPages}/history/sphere.mdx`)).toBe('up-to-date');
  });

  it('reports a new locale as 0% with every file missing, without code changes', () => {
    const table = path.join(copy, 'src/i18n/locales.ts');
    const withUkrainian = readFileSync(table, 'utf8').replace(
      '} as const satisfies Record<string, LocaleInfo>;',
      `  uk: {label: 'Українська', htmlLang: 'uk-UA', title: 'ПК SOS', tagline: 'Довідник', quickExitUrl: 'https://example.org/'},\n} as const satisfies Record<string, LocaleInfo>;`,
    );
    writeFileSync(table, withUkrainian);
    const ukrainian = report('uk');
    expect(ukrainian.percent).toBe(0);
    expect(ukrainian.counts['up-to-date']).toBe(0);
    expect(ukrainian.counts.missing).toBe(ukrainian.items.length);
    expect(ukrainian.items.length).toBe(report('en').items.length);
  });
});
