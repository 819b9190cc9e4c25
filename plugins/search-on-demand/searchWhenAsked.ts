/**
 * Stands in for the search theme's searchByWorker module on the search page (see index.ts): the
 * index is opened once the reader asks for a search, its shards fetched as queries need them
 * (shardStore.ts), and searched by pages (pageSearch.ts), one result per page, in the shape the
 * theme's result list renders. It runs on the page, not in the theme's worker: the worker's search
 * is the one being replaced. Each search is measured (`searchMeasure`, a user timing that
 * `npm run bench -- --only search-cost` reads at a phone's CPU speed).
 */
import {tabQuery} from '@site/src/theme/SearchBar/_utils';
import type {MatchMetadata} from './searchIndex';
import {searchIndexFolder, searchMeasure, type SearchTiming} from '@site/lib/searchPage';
import {manifestFile} from './shardFormat';
import {latestOnly} from './latestAnswer';
import type {ShardedIndex} from './shardStore';
import {stopWordOf, type StopWord, type StopWordFilter} from './queryWords';

interface Search {
  readonly index: ShardedIndex;
  readonly isStopWord: StopWord;
}

interface BrowserLunr {
  stopWordFilter: StopWordFilter;
  ru?: {stopWordFilter: StopWordFilter};
}

const loaded = new Map<string, Promise<Search>>();

/** A file the opened index names is gone: the site was rebuilt since the page opened it. */
class IndexReplaced extends Error {}

/**
 * One file of the index. The shards and excerpts a search fetches depend on its words, so they
 * stay out of the browser's cache, where they would tell what was searched for (the page keeps
 * them in memory, shardStore.ts). The manifest, the same for every search, is cached but asked
 * after each time: a cached one of an earlier build would name a folder the new build deleted.
 */
async function readIndexFile(baseUrl: string, name: string): Promise<unknown> {
  const manifest = name === manifestFile;
  const response = await fetch(`${baseUrl}${searchIndexFolder}/${name}`, {
    cache: manifest ? 'no-cache' : 'no-store',
  });
  if (response.status === 404 && !manifest) throw new IndexReplaced(name);
  if (!response.ok) throw new Error(`search index: ${name}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`search index: ${name}: not JSON`);
  }
}

/** lunr with the theme's languages (its generated module installs them), and the index. */
async function loadSearch(baseUrl: string): Promise<Search> {
  const [lunrModule, , {ShardedIndex}] = await Promise.all([
    import('lunr'),
    import('@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants'),
    import('./shardStore'),
  ]);
  const lunr = lunrModule.default;
  const filters = lunr as unknown as BrowserLunr;
  return {
    index: await ShardedIndex.open(lunr, (name) => readIndexFile(baseUrl, name), baseUrl),
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

/** How many searches have started: a search that is no longer the latest fetches no excerpts. */
let searchesStarted = 0;

/** The results for `input`, one per page, as the theme's search page renders them. */
async function searchFor(
  baseUrl: string,
  _searchContext: string,
  input: string,
  limit: number,
): Promise<unknown[]> {
  try {
    return await answer(baseUrl, input, limit);
  } catch (error) {
    if (!(error instanceof IndexReplaced)) throw error;
    // Opened before the site was rebuilt: open the new index, once.
    loaded.delete(baseUrl);
    return answer(baseUrl, input, limit);
  }
}

async function answer(baseUrl: string, input: string, limit: number): Promise<unknown[]> {
  const searchNumber = (searchesStarted += 1);
  const start = performance.now();
  const [{index, isStopWord}, {searchPages, searchWords}] = await Promise.all([
    search(baseUrl),
    import('./pageSearch'),
  ]);
  const opened = performance.now();
  const fetchedBefore = index.fetchMs;
  // The English site's base URL ends in /en/ (src/i18n/locales.ts), under any mirror's base path.
  const locale = /\/en\/$/.test(baseUrl) ? 'en' : 'ru';
  const tokens = searchWords(input, isStopWord);
  const ranked = await index.settle(() =>
    searchPages(index.indexes, input, {locale, baseUrl, isStopWord}),
  );
  // Typed over already: its results will be replaced (latestAnswer.ts), its excerpts never shown.
  if (searchNumber !== searchesStarted) return [];
  const shown = await index.withExcerpts(ranked.slice(0, limit));
  const detail: SearchTiming = {
    words: input,
    openMs: opened - start,
    fetchMs: index.fetchMs - fetchedBefore,
  };
  performance.measure(searchMeasure, {start, detail});
  return shown.map(({page, document, type, metadata, score}) => ({
    document,
    type,
    page: type === 0 ? undefined : page,
    metadata: withPlaceToMark(metadata),
    tokens,
    score,
  }));
}

const latestSearch = latestOnly(searchFor);

/**
 * The page's search: the results of the words typed last, whatever order searches finish in, and
 * none once the field is cleared (the page then stops searching, but a search still under way
 * would otherwise bring its results back under an empty field).
 */
export async function searchByWorker(
  ...args: Parameters<typeof searchFor>
): Promise<unknown[] | undefined> {
  const results = await latestSearch(...args);
  return tabQuery.get() === '' ? undefined : results;
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
