/**
 * The search index's documents and lookups as the search page reads them (issue #19), in the
 * browser and in Node (scripts/search-eval.ts): the theme builds one lunr index per kind of
 * document (its scanDocuments.js), rewritten at build time into shards (shardFormat.ts) that
 * shardStore.ts queries as lunr would, and the page ranks pages rather than sections itself.
 */

/** The theme's kinds of document, in the order of its index file. */
export const docTypes = {title: 0, heading: 1, description: 2, keywords: 3, content: 4} as const;
export type DocType = (typeof docTypes)[keyof typeof docTypes];

/** One document of the theme's index: a page's title (`b`: breadcrumbs) or a part of it (`p`). */
export interface IndexedDoc {
  readonly i: number;
  readonly t: string;
  readonly u: string;
  readonly b?: readonly string[];
  readonly h?: string;
  readonly p?: number;
  readonly s?: string;
}

/** Where lunr found a word: term → field → positions. */
export type MatchMetadata = Readonly<
  Record<string, Readonly<Record<string, {readonly position?: readonly number[][]}>>>
>;

/** The few parts of lunr 2 used here (the package ships no types). */
export interface LunrClause {
  usePipeline?: boolean;
  wildcard?: number;
  editDistance?: number;
}
export interface LunrMatch {
  readonly ref: string;
  readonly score: number;
  readonly matchData: {readonly metadata: MatchMetadata};
}
export interface LunrIndexLike {
  query(build: (query: {term(value: string, clause: LunrClause): void}) => void): LunrMatch[];
}
export interface LunrLike {
  Query: {wildcard: {TRAILING: number}};
  Pipeline: {load(names: readonly string[]): {runString(text: string): string[]}};
}

/** One kind of document of the theme's index file, as the theme writes it and writeShards.ts reads it. */
export interface SerializedIndex {
  readonly documents: readonly IndexedDoc[];
  readonly index: unknown;
}

export interface LoadedKind {
  readonly type: DocType;
  readonly index: LunrIndexLike;
  readonly byRef: ReadonlyMap<string, IndexedDoc>;
}

export interface SearchIndexes {
  readonly lunr: LunrLike;
  readonly kinds: readonly LoadedKind[];
  /** Each page's title document, by id and by path without the locale's base URL. */
  readonly pages: ReadonlyMap<number, IndexedDoc>;
  readonly pagesByPath: ReadonlyMap<string, IndexedDoc>;
}

/**
 * Breadcrumbs without repeats: the theme takes the active navbar item and the active sidebar
 * category, which share a name here («Деятельность › Деятельность › …»).
 */
export function uniqueBreadcrumbs(crumbs: readonly string[], title: string): string[] {
  return crumbs.filter((crumb, n) => crumb !== crumbs[n - 1] && crumb !== title);
}

/** A path without the locale's base URL, anchor or trailing slash: `/en/about#x` → `/about`. */
export function sitePath(url: string, baseUrl: string): string {
  const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length - 1) : url;
  return path.replace(/#.*$/, '').replace(/(.)\/$/, '$1') || '/';
}
