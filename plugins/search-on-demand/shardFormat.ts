/**
 * The search index as the site serves it (issue #19: a first search must not download the whole
 * index, and its cost must not grow with the site). The theme's single index file (every word of
 * every page, with positions, some 200 KiB gzip) is rewritten at build time (writeShards.ts) into:
 *
 * - `search-index/index.json` (`searchIndexFolder`, lib/searchPage.ts): the pages (title, address, breadcrumbs), the index's word list and
 *   pipeline, and the folder of the rest, named by its content so that a host may cache it forever;
 * - `<folder>/t<n>.json`: the words' postings, in shards grouped by their first four letters, so
 *   that a word and every word it begins (the search's prefix lookups) sit in one shard;
 * - `<folder>/s<document id>.json`: each heading and section, fetched only for the results shown
 *   with an excerpt.
 *
 * Used in the browser and in Node; no Node module here.
 */

export const manifestFile = 'index.json';

/** A page: its id, title, address and breadcrumbs. */
export type PageRow = readonly [id: number, title: string, url: string, breadcrumbs: string[]];

export interface SearchManifest {
  readonly version: 1;
  /** The folder, under `search-index/`, of this index's shards and sections. */
  readonly folder: string;
  /** lunr's search pipeline, by its functions' names (the stemmers). */
  readonly pipeline: readonly string[];
  readonly shardCount: number;
  /** Every word of the index, sorted: the prefix and misspelling lookups expand against it. */
  readonly terms: readonly string[];
  readonly pages: readonly PageRow[];
}

/**
 * A shard: word → its postings, four numbers each: kind of document (searchIndex.ts `docTypes`),
 * the document's id, its page's id, and the word's weight in it in thousandths (lunr's BM25 field
 * vector weight, which lunr itself rounds to three decimals).
 */
export type Shard = Readonly<Record<string, readonly number[]>>;
export const postingSize = 4;

/** A heading or section of a page: its text, address, anchor and section title. */
export type SectionRow = readonly [text: string, url: string, anchor: string, section: string];

export const shardFile = (shard: number) => `t${shard}.json`;
export const sectionFile = (docId: number) => `s${docId}.json`;

/** Words sharing their first four letters share a shard (FNV-1a of those letters). */
export function shardOf(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (const char of term.slice(0, 4)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}
