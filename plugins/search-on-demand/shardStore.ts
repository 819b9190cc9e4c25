/**
 * The sharded index (shardFormat.ts) as pageSearch.ts reads it: each kind of document answers
 * lunr's `query` as lunr's own index would (the same pipeline, prefix and misspelling expansion,
 * and scores from the same weights), from the shards fetched so far. A search is run, the shards
 * it asked for and did not have are fetched, and it is run again until it asks for nothing new
 * (`settle`); the excerpts of the results shown are fetched last (`withExcerpts`). In the browser
 * and in Node, through a file reader given to it.
 */
import {searchIndexFolder} from '../../lib/searchPage';
import {
  manifestFile,
  postingSize,
  sectionFile,
  shardFile,
  shardOf,
  type SearchManifest,
  type SectionRow,
  type Shard,
} from './shardFormat';
import {
  docTypes,
  sitePath,
  type DocType,
  type IndexedDoc,
  type LoadedKind,
  type LunrClause,
  type LunrIndexLike,
  type LunrLike,
  type LunrMatch,
  type MatchMetadata,
  type SearchIndexes,
} from './searchIndex';
import type {PageResult} from './pageSearch';

/** Reads a file of the locale's index, by its path under `search-index/`. */
export type ReadIndexFile = (name: string) => Promise<unknown>;

/**
 * Results after this many are listed by their page's title, without an excerpt to fetch: six is
 * a phone's screen and more, and one wave of requests (a browser opens six connections to a host
 * over HTTP/1.1). Measured at 4× CPU: the median answer 68–76 ms with six, 84–109 with ten; and
 * each excerpt fetched is one more request the server sees.
 */
export const excerptCount = 6;

/** Whether `a` and `b` are at most `limit` edits apart (insert, delete, replace, swap two). */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, n) => n);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return false;
    before = previous;
    previous = row;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

/** The first index of a sorted list whose item is not before `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class ShardedIndex {
  readonly indexes: SearchIndexes;
  /** Time spent waiting for files, in ms, since the index was opened: the rest is computing. */
  fetchMs = 0;
  private readonly shards = new Map<number, Shard>();
  private readonly wanted = new Set<number>();
  private readonly sections = new Map<number, SectionRow>();
  private readonly pipeline: {runString(text: string): string[]};
  /** Words through the pipeline (the stemmers), kept: results repeat them query after query. */
  private readonly stems = new Map<string, string[]>();
  private readonly expansions = new Map<string, string[]>();

  private constructor(
    lunr: LunrLike,
    private readonly manifest: SearchManifest,
    private readonly read: ReadIndexFile,
    baseUrl: string,
  ) {
    this.pipeline = lunr.Pipeline.load(manifest.pipeline);
    const pages = new Map(
      manifest.pages.map(([i, t, u, b]): [number, IndexedDoc] => [i, {i, t, u, b}]),
    );
    this.indexes = {
      lunr,
      kinds: Object.values(docTypes).map((type) => this.kind(type, pages)),
      pages,
      pagesByPath: new Map([...pages.values()].map((page) => [sitePath(page.u, baseUrl), page])),
    };
  }

  static async open(lunr: LunrLike, read: ReadIndexFile, baseUrl: string): Promise<ShardedIndex> {
    const manifest = (await read(manifestFile)) as SearchManifest;
    if (manifest.version !== 1)
      throw new Error(
        `${searchIndexFolder}/${manifestFile}: version ${String(manifest.version)}, expected 1`,
      );
    return new ShardedIndex(lunr, manifest, read, baseUrl);
  }

  /** Runs `search` until it has every shard it asks for, fetching them between runs. */
  async settle<T>(search: () => T): Promise<T> {
    for (;;) {
      this.wanted.clear();
      const result = search();
      if (this.wanted.size === 0) return result;
      const wanted = [...this.wanted];
      const shards = await this.waitFor(
        wanted.map((n) => this.read(`${this.manifest.folder}/${shardFile(n)}`)),
      );
      wanted.forEach((n, k) => this.shards.set(n, shards[k] as Shard));
    }
  }

  /**
   * The first results with the heading or section they link to and its words marked; the rest
   * link to their page, as a title result does.
   */
  async withExcerpts(results: readonly PageResult[]): Promise<PageResult[]> {
    const shown = results
      .slice(0, excerptCount)
      .filter((result) => result.document !== result.page);
    await this.waitFor(
      shown
        .map((result) => result.document.i)
        .filter((id) => !this.sections.has(id))
        .map(async (id) => {
          const row = await this.read(`${this.manifest.folder}/${sectionFile(id)}`);
          this.sections.set(id, row as SectionRow);
        }),
    );
    return results.map((result, rank) => {
      const row = this.sections.get(result.document.i);
      if (result.document === result.page || rank >= excerptCount || !row) {
        const {page} = result;
        return {
          ...result,
          document: page,
          type: docTypes.title,
          metadata: this.marked(page.t, result.metadata),
        };
      }
      const [t, u, h, s] = row;
      const document: IndexedDoc = {...result.document, t, u, ...(h ? {h} : {}), ...(s ? {s} : {})};
      return {...result, document, metadata: this.marked(t, result.metadata)};
    });
  }

  private async waitFor<T>(reads: readonly Promise<T>[]): Promise<T[]> {
    const start = performance.now();
    try {
      return await Promise.all(reads);
    } finally {
      this.fetchMs += performance.now() - start;
    }
  }

  /** Where the words lunr found (the metadata's keys) are in `text`, as lunr records them. */
  private marked(text: string, metadata: MatchMetadata): MatchMetadata {
    const terms = new Set(Object.keys(metadata));
    // A stemmer rewrites a word's ending only: a word can stem to a term only if it begins as the
    // term does, so most words of an excerpt need no stemming (the search's dearest step here).
    const heads = new Set([...terms].map((term) => term.slice(0, 3)));
    const headLengths = [...new Set([...heads].map((head) => head.length))];
    const marked: Record<string, {t: {position: number[][]}}> = {};
    for (const token of text.matchAll(/[^\s-]+/g)) {
      const word = token[0].toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const folded = word.replaceAll('ё', 'е');
      if (!headLengths.some((length) => heads.has(folded.slice(0, length)))) continue;
      const found = this.stemmed(word).find((term) => terms.has(term));
      if (found === undefined) continue;
      const entry = (marked[found] ??= {t: {position: []}});
      entry.t.position.push([token.index, token[0].length]);
    }
    return marked;
  }

  private stemmed(word: string): string[] {
    let stems = this.stems.get(word);
    if (!stems) {
      stems = this.pipeline.runString(word);
      this.stems.set(word, stems);
    }
    return stems;
  }

  /** The shard holding `term`, or undefined, noted as wanted, when it is not fetched yet. */
  private shard(term: string): Shard | undefined {
    const n = shardOf(term, this.manifest.shardCount);
    const shard = this.shards.get(n);
    if (!shard) this.wanted.add(n);
    return shard;
  }

  /**
   * The index's words a lookup stands for, as lunr's token set expands them; kept, since each kind
   * of document asks in turn, and a misspelling's scan of the word list is the search's dearest step.
   */
  private expand(term: string, clause: LunrClause): string[] {
    const key = `${clause.wildcard ?? 0} ${clause.editDistance ?? 0} ${term}`;
    let words = this.expansions.get(key);
    if (!words) {
      words = this.expandAnew(term, clause);
      this.expansions.set(key, words);
    }
    return words;
  }

  private expandAnew(term: string, clause: LunrClause): string[] {
    const {terms} = this.manifest;
    if (clause.wildcard) {
      const found: string[] = [];
      for (let n = lowerBound(terms, term); terms[n]?.startsWith(term); n += 1)
        found.push(terms[n] ?? '');
      return found;
    }
    const edits = clause.editDistance ?? 0;
    if (edits > 0) return terms.filter((candidate) => withinEdits(term, candidate, edits));
    return terms[lowerBound(terms, term)] === term ? [term] : [];
  }

  /** One kind of document; a title is its page, any other is known by its page until shown. */
  private kind(type: DocType, pages: ReadonlyMap<number, IndexedDoc>): LoadedKind {
    const byRef = new Map<string, IndexedDoc>();
    if (type === docTypes.title) for (const page of pages.values()) byRef.set(String(page.i), page);
    const index: LunrIndexLike = {
      query: (build) => {
        let term = '';
        let clause: LunrClause = {};
        build({term: (value, options) => ((term = value), (clause = options))});
        // A misspelling is looked up once the words as typed are in: they may make it moot.
        if (clause.editDistance && this.wanted.size > 0) return [];
        const words = clause.usePipeline === false ? [term] : this.stemmed(term);
        const scores = new Map<number, {score: number; metadata: Record<string, {t: object}>}>();
        for (const expanded of words.flatMap((word) => this.expand(word, clause))) {
          const postings = this.shard(expanded)?.[expanded] ?? [];
          for (let n = 0; n < postings.length; n += postingSize) {
            if (postings[n] !== type) continue;
            const ref = postings[n + 1] ?? 0;
            const page = postings[n + 2] ?? 0;
            if (type !== docTypes.title && !byRef.has(String(ref)))
              byRef.set(String(ref), {i: ref, p: page, t: '', u: pages.get(page)?.u ?? ''});
            const entry = scores.get(ref) ?? {score: 0, metadata: {}};
            scores.set(ref, entry);
            entry.score += (postings[n + 3] ?? 0) / 1000;
            entry.metadata[expanded] = {t: {}};
          }
        }
        return [...scores]
          .map(([ref, {score, metadata}]): LunrMatch => ({
            ref: String(ref),
            score,
            matchData: {metadata},
          }))
          .sort((a, b) => b.score - a.score);
      },
    };
    return {type, index, byRef};
  }
}
