/**
 * The search page's search (plugins/search-on-demand/pageSearch.ts) in Node, on a built site: lunr
 * with the languages the search theme installs (and ё folded as plugins/workarounds/search-yo-folding does), the
 * locale's index read from the build folder. Used by scripts/search-eval.ts and the benchmark.
 */
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {searchPages, type PageResult} from './pageSearch';
import {stopWordOf, type StopWord, type StopWordFilter} from './queryWords';
import type {LunrLike} from './searchIndex';
import {searchIndexFolder} from '../../lib/searchPage';
import {ShardedIndex} from './shardStore';
import {
  foldYoInRussianStemmer,
  type LunrWithRussian,
} from '../workarounds/search-yo-folding/foldYo';
import {siteDir} from '../../lib/pages';

type NodeLunr = LunrLike &
  LunrWithRussian & {stopWordFilter: StopWordFilter; ru: {stopWordFilter: StopWordFilter}};

const siteRequire = createRequire(path.join(siteDir, 'package.json'));
let lunrWithLanguages: NodeLunr | undefined;

/** lunr as the theme's generated module sets it up for `language: ['ru', 'en']`. */
export function nodeLunr(): NodeLunr {
  if (lunrWithLanguages) return lunrWithLanguages;
  const lunr = siteRequire('lunr') as NodeLunr;
  for (const plugin of ['stemmer.support', 'ru', 'multi'])
    (siteRequire(`lunr-languages/lunr.${plugin}`) as (lunr: NodeLunr) => void)(lunr);
  foldYoInRussianStemmer(lunr);
  lunrWithLanguages = lunr;
  return lunr;
}

const stopWords = new WeakMap<NodeLunr, StopWord>();

/**
 * A word either language's stop-word filter drops; one function per lunr, since the search keeps
 * the glossary's names by it (entityFirst.ts).
 */
export function nodeStopWord(lunr: NodeLunr): StopWord {
  let isStopWord = stopWords.get(lunr);
  if (!isStopWord) {
    isStopWord = stopWordOf([lunr.stopWordFilter, lunr.ru.stopWordFilter]);
    stopWords.set(lunr, isStopWord);
  }
  return isStopWord;
}

export type SiteLocale = 'ru' | 'en';

/** The locale's sharded index in a build folder (shardFormat.ts). */
export function searchIndexDir(buildDir: string, locale: SiteLocale): string {
  return path.join(locale === 'ru' ? buildDir : path.join(buildDir, locale), searchIndexFolder);
}

export const baseUrlOf = (locale: SiteLocale): string => (locale === 'ru' ? '/' : `/${locale}/`);

/** The locale's index, its files read from the build folder as the search page fetches them. */
export function openBuiltIndex(buildDir: string, locale: SiteLocale): Promise<ShardedIndex> {
  const dir = searchIndexDir(buildDir, locale);
  const read = async (name: string) =>
    JSON.parse(await readFile(path.join(dir, name), 'utf8')) as unknown;
  return ShardedIndex.open(nodeLunr(), read, baseUrlOf(locale));
}

/** The query's results, as the search page ranks them (before their excerpts are fetched). */
export function searchBuilt(
  index: ShardedIndex,
  locale: SiteLocale,
  query: string,
): Promise<PageResult[]> {
  const options = {locale, baseUrl: baseUrlOf(locale), isStopWord: nodeStopWord(nodeLunr())};
  return index.settle(() => searchPages(index.indexes, query, options));
}
