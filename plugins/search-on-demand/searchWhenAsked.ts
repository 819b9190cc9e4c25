/**
 * Stands in for the search theme's searchByWorker module on the search page (see index.ts): the
 * index is fetched once the reader asks for a search, and searched by pages (pageSearch.ts), one
 * result per page, in the shape the theme's result list renders. It runs on the page, not in the
 * theme's worker: the worker's search is the one being replaced, and the index is loaded once
 * (tens of milliseconds, measured by `npm run bench -- --only search`).
 */
import {tabQuery} from '@site/src/theme/SearchBar/_utils';
import type {MatchMetadata, SearchIndexes, SerializedIndex} from './searchIndex';
import {stopWordOf, type StopWord, type StopWordFilter} from './queryWords';

interface Search {
  readonly indexes: SearchIndexes;
  readonly isStopWord: StopWord;
}

interface BrowserLunr {
  stopWordFilter: StopWordFilter;
  ru?: {stopWordFilter: StopWordFilter};
}

const loaded = new Map<string, Promise<Search>>();

/** lunr with the theme's languages (its generated module installs them), and the index. */
async function loadSearch(baseUrl: string): Promise<Search> {
  const [lunrModule, constants, {loadIndexes}] = await Promise.all([
    import('lunr'),
    import('@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants'),
    import('./searchIndex'),
  ]);
  const lunr = lunrModule.default;
  const response = await fetch(`${baseUrl}${constants.searchIndexUrl.replace('{dir}', '')}`);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const serialized = (await response.json()) as SerializedIndex[];
  const filters = lunr as unknown as BrowserLunr;
  return {
    indexes: loadIndexes(lunr, serialized, baseUrl),
    // The theme's generated module installs Russian (lunr.ru); English is lunr's own.
    isStopWord: stopWordOf(
      filters.ru ? [filters.stopWordFilter, filters.ru.stopWordFilter] : [filters.stopWordFilter],
    ),
  };
}

function search(baseUrl: string): Promise<Search> {
  let promise = loaded.get(baseUrl);
  if (!promise) {
    promise = loadSearch(baseUrl);
    // A failed fetch (offline) is tried again at the next search.
    promise.catch(() => loaded.delete(baseUrl));
    loaded.set(baseUrl, promise);
  }
  return promise;
}

/**
 * The theme's result list marks the words where lunr found them in the text shown, and fails on
 * a text with no such place: a page found through its keywords, or named by the query, shows its
 * title unmarked.
 */
function withPlaceToMark(metadata: MatchMetadata): MatchMetadata {
  const marked = Object.values(metadata).some((fields) => (fields.t?.position ?? []).length > 0);
  return marked ? metadata : {...metadata, '': {t: {position: [[0, 0]]}}};
}

/** The results for `input`, one per page, as the theme's search page renders them. */
export async function searchByWorker(
  baseUrl: string,
  _searchContext: string,
  input: string,
  limit: number,
): Promise<unknown[]> {
  const [{indexes, isStopWord}, {searchPages, searchWords}] = await Promise.all([
    search(baseUrl),
    import('./pageSearch'),
  ]);
  // The English site's base URL ends in /en/ (src/i18n/locales.ts), under any mirror's base path.
  const locale = /\/en\/$/.test(baseUrl) ? 'en' : 'ru';
  const tokens = searchWords(input, isStopWord);
  return searchPages(indexes, input, {locale, baseUrl, isStopWord})
    .slice(0, limit)
    .map(({page, document, type, metadata, score}) => ({
      document,
      type,
      page: type === 0 ? undefined : page,
      metadata: withPlaceToMark(metadata),
      tokens,
      score,
    }));
}

/**
 * Resolves when the reader has asked for a search: words brought by the address or kept from
 * earlier in the visit (the page moves them into memory, searchQueryInMemory.ts, as it opens, in
 * the same round of effects that calls this), or a keystroke.
 */
function readerSearches(): Promise<void> {
  return Promise.race([
    tabQuery.whenSet(),
    new Promise<void>((resolve) => {
      document.addEventListener('input', () => resolve(), {once: true, capture: true});
    }),
  ]);
}

/**
 * The page calls this when it opens, to have the index ready, and shows a loading ring while a
 * query waits for it; waiting here keeps that ring honest.
 */
export async function fetchIndexesByWorker(baseUrl: string): Promise<void> {
  await readerSearches();
  await search(baseUrl);
}
