/**
 * Readers' words (issue #19, src/data/searchSynonyms.ts): each entry leads to a page that exists in
 * both languages and still says the sentence that answers it, so that a rewrite dropping the answer
 * fails here; and the query-time match the search page uses (readerWords.ts).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {phraseIn, synonymPages, synonymProblems} from '../../plugins/search-on-demand/readerWords';
import {queryWords} from '../../plugins/search-on-demand/queryWords';
import {glossary, glossaryKindSlugs} from '../../src/data/glossary';
import {searchSynonyms, type SynonymLocale} from '../../src/data/searchSynonyms';

const site = path.join(__dirname, '../..');
const docsDir: Record<SynonymLocale, string> = {
  ru: path.join(site, 'docs'),
  en: path.join(site, 'i18n/en/docusaurus-plugin-content-docs/current'),
};

function pageFile(locale: SynonymLocale, page: string): string {
  const base = path.join(docsDir[locale], page);
  return existsSync(`${base}.mdx`) ? `${base}.mdx` : path.join(base, 'index.mdx');
}

/** A page's text as a reader sees it: MDX tags, link targets and repeated spaces gone. */
function pageText(locale: SynonymLocale, page: string): string {
  let text = readFileSync(pageFile(locale, page), 'utf8');
  // A glossary page shows its kind's entries, whose descriptions live in the data's text.
  const kind = Object.entries(glossaryKindSlugs).find(([, slug]) => page === `/glossary/${slug}`);
  if (kind) {
    const data = JSON.parse(
      readFileSync(path.join(site, `i18n/${locale}/data/glossary.json`), 'utf8'),
    ) as Record<string, {description?: string}>;
    const ids = glossary.filter((entry) => entry.kind === kind[0]).map((entry) => entry.id);
    text += ids.map((id) => data[id]?.description ?? '').join('\n');
  }
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ');
}

describe.each(['ru', 'en'] as const)('searchSynonyms.%s', (locale) => {
  const list = searchSynonyms[locale];

  it('is sound: site paths, lowercase phrases, no phrase leading to two pages', () => {
    expect(synonymProblems(list, locale)).toEqual([]);
  });

  it.each(list.map((entry) => [entry.words[0] ?? '', entry] as const))(
    '"%s" leads to a page, in both languages, that still answers it',
    (_first, {page, answer}) => {
      for (const other of ['ru', 'en'] as const)
        expect(existsSync(pageFile(other, page)), `${page} has no ${other} page`).toBe(true);
      expect(pageText(locale, page), `${page} (${locale}) no longer says “${answer}”`).toContain(
        answer.replace(/\s+/g, ' '),
      );
    },
  );

  it.each(list.flatMap((entry) => entry.words.map((phrase) => [phrase, entry.page] as const)))(
    'the phrase "%s" leads to %s',
    (phrase, page) => {
      expect(synonymPages(phrase, locale).map((match) => match.page)).toContain(page);
    },
  );
});

describe('the match of a phrase', () => {
  it('needs every word of the phrase, stop words too, each with an ending of its own', () => {
    expect(phraseIn('как связаться', queryWords('Как связаться с СК SOS?'))).toBe(true);
    expect(phraseIn('контакты', queryWords('контактов'))).toBe(true);
    expect(phraseIn('help me', queryWords('psychological help'))).toBe(false);
    expect(phraseIn('тор', queryWords('торговля'))).toBe(false);
  });

  it('reports a phrase leading to two pages, naming the entry', () => {
    const twice = [
      {words: ['цифры'], page: '/activity/figures', answer: 'По данным СК SOS, в 2022 году'},
      {words: ['Цифры'], page: '/about', answer: 'Если вам грозит опасность, обращайтесь'},
    ];
    expect(synonymProblems(twice, 'ru')).toEqual([
      'src/data/searchSynonyms.ts: ru entry 2 (/about): "Цифры" must be lowercase words',
      'src/data/searchSynonyms.ts: ru entry 2 (/about): "Цифры" also leads to /activity/figures',
    ]);
  });
});

describe('the words a phrase covers', () => {
  it('are the query’s words the phrase matched, so that the rest can be looked for on its page', () => {
    expect(synonymPages('статистика убийств чести', 'ru')).toEqual([
      {page: '/activity/figures', covered: new Set(['статистика'])},
    ]);
  });
});
