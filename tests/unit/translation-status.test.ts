/** The status counts an entry as translated only when it has every text its Russian source has. */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {pagesDir} from '../../lib/pages';
import {
  dataItems,
  pageStatus,
  recordedPageHash,
  sourceEntries,
  withPageSourceHash,
} from '../../lib/translationStatus';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, {recursive: true, force: true});
});

it('counts a glossary entry without its description as missing, not up to date', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'translation-status-'));
  scratch.push(dir);
  for (const locale of ['ru', 'en'])
    mkdirSync(path.join(dir, `i18n/${locale}/data`), {recursive: true});
  const write = (file: string, value: unknown) =>
    writeFileSync(path.join(dir, file), JSON.stringify(value));
  write('i18n/ru/data/glossary.json', {a: {description: 'Описание'}, b: {description: 'Второе'}});
  const hashes = sourceEntries(dir, 'glossary');
  write('i18n/en/data/glossary.json', {
    a: {source_hash: hashes.get('a')},
    b: {description: 'Second', source_hash: hashes.get('b')},
  });
  const glossary = dataItems(dir, 'en').filter((item) => item.file.endsWith('glossary.json'));
  expect(glossary.map(({id, status}) => [id, status])).toEqual([
    ['a', 'missing'],
    ['b', 'up-to-date'],
  ]);
});

it.each(['919e72512365', '123456789012', '0a1b2c3d4e5f'])(
  'reads back the source hash %s that marking a page writes',
  (hash) => {
    const page = '---\ntitle: A\ntranslation:\n  source_hash: 000000000000\n---\n\nText\n';
    const marked = withPageSourceHash(page, hash);
    expect(recordedPageHash(marked)).toBe(hash);
    expect(marked.endsWith('---\n\nText\n')).toBe(true);
  },
);

it('counts a translation that records no source hash as not yet marked, not as outdated', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'translation-status-'));
  scratch.push(dir);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), text);
  };
  write('docs/a.mdx', '---\ntitle: А\n---\nТекст.\n');
  write(`${pagesDir('en')}/a.mdx`, '---\ntitle: A\n---\nText.\n');
  write('i18n/ru/data/cases.json', JSON.stringify({c: {title: 'Дело'}, d: {title: 'Другое'}}));
  const hashes = sourceEntries(dir, 'cases');
  write(
    'i18n/en/data/cases.json',
    JSON.stringify({c: {title: 'Case'}, d: {title: 'Other', source_hash: 'ffffffffffff'}}),
  );
  expect(pageStatus(dir, 'en', 'a.mdx')).toBe('not-marked');
  const cases = dataItems(dir, 'en').filter((item) => item.file.endsWith('cases.json'));
  expect(cases.map(({id, status}) => [id, status])).toEqual([
    ['c', 'not-marked'],
    ['d', 'outdated'],
  ]);
  write(
    'i18n/en/data/cases.json',
    JSON.stringify({c: {title: 'Case', source_hash: hashes.get('c')}, d: {title: 'Other'}}),
  );
  const marked = dataItems(dir, 'en').filter((item) => item.file.endsWith('cases.json'));
  expect(marked.map(({status}) => status)).toEqual(['up-to-date', 'not-marked']);
});
