/**
 * What the search page (plugins/search-on-demand) shares with the tests and the benchmark that
 * measure it (lib/firstVisit.ts, scripts/lib/searchCost.ts).
 */

/**
 * The folder of a locale's search index (plugins/search-on-demand/shardFormat.ts), beside the
 * search page's own file (`search.html`): never a folder of that name, which a host would redirect to.
 */
export const searchIndexFolder = 'search-index';

/** The search page's field (the search theme's page). */
export const searchField = '.main-wrapper input[type="search"]';

/**
 * The user timing the search page records for each search, from the words to the results with
 * their excerpts: what the benchmark times and what a first search's measure waits for, results or
 * none.
 */
export const searchMeasure = 'nc-sos-search';

/** The measure's detail: the words, and the parts of its time that were not the search's own work. */
export interface SearchTiming {
  readonly words: string;
  /** Opening the index (its code and manifest fetched), on the first search only. */
  readonly openMs: number;
  /** Waiting for the index's shards and the results' excerpts. */
  readonly fetchMs: number;
}
