/**
 * `translations:diff` on a temporary git repository: it finds the committed version of the Russian
 * source whose hash the translation records, and shows what changed since, for a page and per entry
 * of a data file.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pagesDir} from '../../lib/pages';
import {translationDiff} from '../../lib/translationDiff';
import {sourceEntries, sourceHash} from '../../lib/translationStatus';

const repo = mkdtempSync(path.join(tmpdir(), 'translation-diff-'));
const enPage = `${pagesDir('en')}/a.mdx`;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), {recursive: true});
  writeFileSync(path.join(repo, file), text);
}
function commit(message: string): void {
  const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, stdio: 'ignore'});
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '-qm', message);
}
const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;
const enWithHash = (hash: string) =>
  `---\ntitle: A\ntranslation:\n  source_hash: ${hash}\n---\n\nText.\n`;

const translatedPage = page('Первый', 'Старый абзац.\n\nОбщий абзац.');
const glossaryV1 = {a: {description: 'Старое описание'}, b: {description: 'Неизменное'}};

beforeAll(() => {
  execFileSync('git', ['init', '-q'], {cwd: repo});
  write('docs/a.mdx', translatedPage);
  write('i18n/ru/data/glossary.json', JSON.stringify(glossaryV1, null, 2));
  commit('v1');
  const hashes = sourceEntries(repo, 'glossary');
  write(enPage, enWithHash(sourceHash(translatedPage)));
  write(
    'i18n/en/data/glossary.json',
    JSON.stringify({
      a: {description: 'Old description', source_hash: hashes.get('a')},
      b: {description: 'Unchanged', source_hash: hashes.get('b')},
    }),
  );
  write('docs/a.mdx', page('Второй', 'Промежуточный абзац.\n\nОбщий абзац.'));
  write('i18n/ru/data/glossary.json', JSON.stringify({...glossaryV1, a: {description: 'Среднее'}}));
  commit('v2');
  // The working copy, not committed: the diff ends at what the translator sees.
  write('docs/a.mdx', page('Третий', 'Новый абзац.\n\nОбщий абзац.'));
  write('i18n/ru/data/glossary.json', JSON.stringify({...glossaryV1, a: {description: 'Новое'}}));
});

afterAll(() => rmSync(repo, {recursive: true, force: true}));

describe('translations:diff', () => {
  it('diffs a page from the version it was translated from to the working copy', () => {
    const diff = translationDiff(repo, enPage);
    expect(diff).toMatch(
      /^--- docs\/a\.mdx @ [0-9a-f]{10} \(translated\)\n\+\+\+ docs\/a\.mdx \(working copy\)\n@@/,
    );
    expect(diff).toContain('\n-title: Первый\n+title: Третий\n');
    expect(diff).toContain('\n-Старый абзац.\n+Новый абзац.\n');
    expect(diff, 'the intermediate version is not the one translated').not.toContain('Второй');
    expect(diff).toContain('\n Общий абзац.\n');
  });

  it('shows only the data entries that changed, each against its own version', () => {
    const diff = translationDiff(repo, 'i18n/en/data/glossary.json');
    expect(diff).toMatch(
      /^i18n\/en\/data\/glossary\.json: 1 entry changed or not yet marked, 1 up to date\./,
    );
    expect(diff).toContain('## a\n');
    expect(diff).toContain('-  "description": "Старое описание"\n+  "description": "Новое"\n');
    expect(diff).not.toContain('## b');
    expect(translationDiff(repo, 'i18n/en/data/glossary.json', 'b')).toMatch(/0 entries changed/);
  });

  it('prints the whole source for a translation never marked', () => {
    write('i18n/de/data/glossary.json', JSON.stringify({a: {description: 'Neu'}}));
    write(`${pagesDir('de')}/a.mdx`, '---\ntitle: A\n---\n\nText.\n');
    expect(translationDiff(repo, `${pagesDir('de')}/a.mdx`)).toMatch(
      /: not yet marked, so there is no version to compare with; here is the whole source, docs\/a\.mdx:\n\n---\ntitle: Третий/,
    );
    expect(translationDiff(repo, 'i18n/de/data/glossary.json', 'a')).toContain(
      '## a: not yet marked; the whole source entry:\n{\n  "description": "Новое"\n}\n',
    );
  });

  it('names the file when the recorded hash is in no committed version', () => {
    write(`${pagesDir('fr')}/a.mdx`, enWithHash('0123456789ab'));
    expect(() => translationDiff(repo, `${pagesDir('fr')}/a.mdx`)).toThrow(
      /^i18n\/fr\/docusaurus-plugin-content-docs\/current\/a\.mdx: records source_hash 0123456789ab, which no committed version of docs\/a\.mdx has/,
    );
  });

  it('names the file for a path that is no translation, and an id the source lacks', () => {
    expect(() => translationDiff(repo, 'docs/a.mdx')).toThrow(/^docs\/a\.mdx: not a translation/);
    expect(() => translationDiff(repo, 'i18n/en/data/glossary.json', 'zz')).toThrow(
      'i18n/ru/data/glossary.json: no entry "zz"',
    );
  });
});
