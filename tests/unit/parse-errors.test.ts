/**
 * A mistake in a JSON data file or in a page's front matter is reported with the file and the line in
 * that file, by every reader: the unit tests, the build and the translations tool.
 */
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadLocaleText} from '../../plugins/localized-data/load';
import {parseJsonText} from '../../lib/jsonFile';
import {siteDir, splitFrontMatter} from '../../lib/pages';
import {localeReport, pageStatus, sourceEntries} from '../../lib/translationStatus';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A copy of one locale's data folder with a trailing comma after the first entry of glossary.json. */
function siteWithBrokenGlossary(locale: string): {dir: string; file: string; line: number} {
  const dir = mkdtempSync(path.join(tmpdir(), 'parse-errors-'));
  scratch.push(dir);
  cpSync(path.join(siteDir, 'i18n', locale, 'data'), path.join(dir, 'i18n', locale, 'data'), {
    recursive: true,
  });
  const file = `i18n/${locale}/data/glossary.json`;
  // Two entries only, the second removed after its comma: `{"a": {...},\n}`.
  const entries = Object.entries(
    JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>,
  ).slice(0, 1);
  const broken = `${JSON.stringify(Object.fromEntries(entries), null, 2).replace(/\n}$/, ',\n}')}\n`;
  writeFileSync(path.join(dir, file), broken);
  return {dir, file, line: broken.trimEnd().split('\n').length};
}

describe('JSON mistakes', () => {
  it('name the file, line and column', () => {
    expect(() => parseJsonText('{\n  "a": 1,\n}\n', 'i18n/en/data/glossary.json')).toThrow(
      /^i18n\/en\/data\/glossary\.json:3:1: invalid JSON: Expected double-quoted property name$/,
    );
  });

  it('name the end of the file when it ends too early', () => {
    expect(() => parseJsonText('{\n  "a": ', 'x.json')).toThrow(/^x\.json:2:8: invalid JSON/);
  });

  it('stop the build naming the file and line', async () => {
    const {dir, file, line} = siteWithBrokenGlossary('en');
    await expect(loadLocaleText(dir, 'en')).rejects.toThrow(`${file}:${line}:1: invalid JSON`);
  });

  it('in a UI strings file stop the translations tool naming the file and line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-errors-'));
    scratch.push(dir);
    for (const folder of ['src', 'i18n/ru', 'i18n/en'])
      mkdirSync(path.join(dir, folder), {recursive: true});
    writeFileSync(path.join(dir, 'i18n/ru/code.json'), '{"a": {"message": "А"}}\n');
    writeFileSync(path.join(dir, 'i18n/en/code.json'), '{\n  "a": {"message": "A"},\n}\n');
    expect(() => localeReport(dir, 'en')).toThrow('i18n/en/code.json:3:1: invalid JSON');
  });

  it('stop the translations tool naming the file and line', () => {
    const {dir, file, line} = siteWithBrokenGlossary('ru');
    expect(() => sourceEntries(dir, 'glossary')).toThrow(`${file}:${line}:1: invalid JSON`);
  });
});

describe('front matter mistakes', () => {
  const page = ['---', 'sidebar_position: 2', 'title: "Sphere', 'description: x', '---', 'Text'];

  it('name the file and the line in the file that opens an unclosed quote', () => {
    // Line 3 of the file opens the quote; YAML notices only at the end of the front matter.
    expect(() => splitFrontMatter(page.join('\n'), 'docs/history/sphere.mdx')).toThrow(
      /^docs\/history\/sphere\.mdx:3:8: invalid front matter: Missing closing "quote$/,
    );
  });

  it('name the line in the file for other YAML mistakes', () => {
    const raw = ['---', 'title: A', 'sources:', '  - a', ' - b', '---', ''].join('\n');
    expect(() => splitFrontMatter(raw, 'a.mdx')).toThrow(/^a\.mdx:5:\d+: invalid front matter: /);
  });

  it('stop the translations tool naming the translated page', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-errors-'));
    scratch.push(dir);
    const english = 'i18n/en/docusaurus-plugin-content-docs/current';
    for (const folder of ['docs', english]) mkdirSync(path.join(dir, folder), {recursive: true});
    writeFileSync(path.join(dir, 'docs/a.mdx'), '---\ntitle: А\n---\nТекст\n');
    writeFileSync(path.join(dir, english, 'a.mdx'), page.join('\n'));
    expect(() => pageStatus(dir, 'en', 'a.mdx')).toThrow(
      new RegExp(`^${english}/a\\.mdx:\\d+:\\d+: invalid front matter`),
    );
  });

  it('still reads a valid front matter', () => {
    expect(splitFrontMatter('---\ntitle: A\n---\nBody\n', 'a.mdx')).toEqual({
      frontMatter: {title: 'A'},
      body: 'Body\n',
    });
  });
});
