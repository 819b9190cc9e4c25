/** Stands in for the search theme's searchByWorker module on the search page (see index.ts). */
import {
  fetchIndexesByWorker as fetchIndexesNow,
  searchByWorker,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';

export {searchByWorker};

/** Resolves when the reader has asked for a search: a query in the address, or a keystroke. */
function readerSearches(): Promise<void> {
  if (new URLSearchParams(window.location.search).get('q')) return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('input', () => resolve(), {once: true, capture: true});
  });
}

/**
 * The page calls this when it opens, to have the index ready, and shows a loading ring while a
 * query waits for it; waiting here keeps that ring honest.
 */
export async function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void> {
  await readerSearches();
  await fetchIndexesNow(baseUrl, searchContext);
}
