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

/** A file of the index that is not what this code reads: the file and the field named. */
export class IndexFileError extends Error {
  constructor(file: string, problem: string) {
    super(`search index: ${file}: ${problem}`);
    this.name = 'IndexFileError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function checkManifest(value: unknown, file: string): SearchManifest {
  if (!isRecord(value)) throw new IndexFileError(file, 'not an object');
  if (value.version !== 1)
    throw new IndexFileError(file, `version ${String(value.version)}, expected 1`);
  if (typeof value.folder !== 'string' || !/^[0-9a-f]+$/.test(value.folder))
    throw new IndexFileError(file, 'folder is not a content hash');
  if (!isStringList(value.pipeline))
    throw new IndexFileError(file, 'pipeline is not a list of names');
  if (!Number.isInteger(value.shardCount) || Number(value.shardCount) < 1)
    throw new IndexFileError(file, 'shardCount is not a positive whole number');
  if (!isStringList(value.terms)) throw new IndexFileError(file, 'terms is not a list of words');
  if (!Array.isArray(value.pages)) throw new IndexFileError(file, 'pages is not a list');
  value.pages.forEach((page: unknown, n) => {
    const [id, title, url, crumbs] = Array.isArray(page) ? (page as unknown[]) : [];
    if (
      typeof id !== 'number' ||
      typeof title !== 'string' ||
      typeof url !== 'string' ||
      !isStringList(crumbs)
    )
      throw new IndexFileError(file, `pages[${n}] is not [id, title, url, breadcrumbs]`);
  });
  return value as unknown as SearchManifest;
}

export function checkShard(value: unknown, file: string): Shard {
  if (!isRecord(value)) throw new IndexFileError(file, 'not an object of words');
  for (const [term, postings] of Object.entries(value))
    if (!Array.isArray(postings) || postings.length % postingSize !== 0)
      throw new IndexFileError(file, `"${term}" has no list of postings of ${postingSize} numbers`);
  return value as Shard;
}

export function checkSection(value: unknown, file: string): SectionRow {
  if (!isStringList(value) || value.length !== 4)
    throw new IndexFileError(file, 'not [text, url, anchor, section title]');
  return value as unknown as SectionRow;
}
