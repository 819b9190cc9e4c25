/**
 * "Answer, then list" (issue #19): a query naming a glossary entry names its page — its own page
 * whatever else the query says, its glossary entry when it says nothing else
 * (plugins/search-on-demand/entityFirst.ts); every entry, in both scripts.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {entityPagesNamed} from '../../plugins/search-on-demand/entityFirst';
import {glossary, glossaryEntryPath} from '../../src/data/glossary';
import {searchEntityPages, searchEntityPagesWhenAlone} from '../../src/data/searchEntityPages';

const stopWords = new Set(['the', 'of', 'in', 'и', 'в', 'что', 'такое', 'who', 'is']);
const isStopWord = (word: string) => stopWords.has(word);
const named = (query: string) => [...entityPagesNamed(query, isStopWord)];

describe('searchEntityPages', () => {
  it.each(Object.entries({...searchEntityPages, ...searchEntityPagesWhenAlone}))(
    '%s leads to an existing page (%s)',
    (_id, page) => {
      const file = path.join(__dirname, '../../docs', `${page}.mdx`);
      expect(existsSync(file), file).toBe(true);
    },
  );
});

describe('entityPagesNamed', () => {
  it.each([
    ['Лапуновым', '/cases/maxim-lapunov'],
    ['сёстры хизриевы', '/cases/dagestan-sisters'],
    ['Khizriev sisters', '/cases/dagestan-sisters'],
    ['isayev', '/cases/magamadov-isaev'],
    ['Сулеймановой', '/cases/seda-suleimanova'],
    ['сфера ликвидирована', '/history/sphere'],
    ['Эгида', '/activity/aegis'],
    ['грозный', '/glossary/places'],
    ['что такое конверсионная терапия', '/glossary/terms'],
    ['Путин', '/glossary/people'],
    ['NC SOS', '/about'],
  ])('"%s" names %s', (query, page) => {
    expect(named(query)).toEqual([page]);
  });

  it.each(['ликвидацию фонда', 'лапа', 'isa', 'преследования в чечне', 'когда основан ск сос'])(
    '"%s" names no page',
    (query) => {
      expect(named(query)).toEqual([]);
    },
  );

  // Every entry, by its Russian and its English name, alone: its own page or its glossary entry.
  const pageOf = (id: string, fallback: string): string =>
    (searchEntityPages as Record<string, string>)[id] ??
    (searchEntityPagesWhenAlone as Record<string, string>)[id] ??
    fallback;
  it.each(glossary.flatMap((entry) => [entry.ru, entry.en].map((name) => [name, entry] as const)))(
    '"%s" names its page',
    (name, entry) => {
      expect(named(name)).toContain(pageOf(entry.id, glossaryEntryPath(entry).replace(/#.*/, '')));
    },
  );
});
