/**
 * The search page's search (plugins/search-on-demand/pageSearch.ts) in Node, on a built site: lunr
 * with the languages the search theme installs (and ё folded as plugins/workarounds/search-yo-folding does), the
 * locale's index read from the build folder. Used by scripts/search-eval.ts and the benchmark.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {searchPages, type PageResult} from './pageSearch';
import {stopWordOf, type StopWord, type StopWordFilter} from './queryWords';
import {loadIndexes, type LunrLike, type SearchIndexes, type SerializedIndex} from './searchIndex';
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

/** A word either language's stop-word filter drops. */
export function nodeStopWord(lunr: NodeLunr): StopWord {
  return stopWordOf([lunr.stopWordFilter, lunr.ru.stopWordFilter]);
}

export type SiteLocale = 'ru' | 'en';

/** The locale's search index files in a build folder (only its own, not those of subfolders). */
export function searchIndexFiles(buildDir: string, locale: SiteLocale): string[] {
  const dir = locale === 'ru' ? buildDir : path.join(buildDir, locale);
  const files = readdirSync(dir).filter((name) => /^search-index.*\.json$/.test(name));
  if (files.length !== 1) throw new Error(`${dir}: ${files.length} search-index*.json, expected 1`);
  return files.map((name) => path.join(dir, name));
}

export const baseUrlOf = (locale: SiteLocale): string => (locale === 'ru' ? '/' : `/${locale}/`);

export function loadBuiltIndexes(buildDir: string, locale: SiteLocale): SearchIndexes {
  const [file] = searchIndexFiles(buildDir, locale);
  const serialized = JSON.parse(readFileSync(file ?? '', 'utf8')) as SerializedIndex[];
  return loadIndexes(nodeLunr(), serialized, baseUrlOf(locale));
}

/** The query's results, as the search page lists them. */
export function searchBuilt(
  indexes: SearchIndexes,
  locale: SiteLocale,
  query: string,
): PageResult[] {
  return searchPages(indexes, query, {
    locale,
    baseUrl: baseUrlOf(locale),
    isStopWord: nodeStopWord(nodeLunr()),
  });
}
