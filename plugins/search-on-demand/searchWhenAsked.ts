/** Stands in for the search theme's searchByWorker module on the search page (see index.ts). */
import {
  fetchIndexesByWorker as fetchIndexesNow,
  searchByWorker as searchNow,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {tabQuery} from '@site/src/theme/SearchBar/_utils';
import {entityPagesFirst} from './entityFirst';

/** The theme's search, with the page of a person or organisation the query names first. */
export async function searchByWorker(
  baseUrl: string,
  searchContext: string,
  input: string,
  limit: number,
): Promise<unknown[]> {
  const results = (await searchNow(baseUrl, searchContext, input, limit)) as {
    readonly document: {readonly u: string};
  }[];
  return entityPagesFirst(results, input, baseUrl);
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
export async function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void> {
  await readerSearches();
  await fetchIndexesNow(baseUrl, searchContext);
}
