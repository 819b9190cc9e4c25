/**
 * The sharded index (shardFormat.ts) as pageSearch.ts reads it: each kind of document answers
 * lunr's `query` as lunr's own index would (the same pipeline, prefix and misspelling expansion,
 * and scores from the same weights), from the shards fetched so far. A search is run, the shards
 * it asked for and did not have are fetched, and it is run again until it asks for nothing new
 * (`settle`); the excerpts of the results shown are fetched last (`withExcerpts`). Each file is
 * checked as it comes (a wrong one stops with its name and field) and fetched once. In the browser
 * and in Node, through a file reader given to it.
 */
import {searchIndexFolder} from '../../lib/searchPage';
import {markFound} from './excerptMarks';
import {
  checkManifest,
  checkSection,
  checkShard,
  manifestFile,
  postingSize,
  sectionFile,
  shardFile,
  shardOf,
  type SearchManifest,
  type SectionRow,
  type Shard,
} from './shardFormat';
import {expandWord} from './wordList';
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

export class ShardedIndex {
  readonly indexes: SearchIndexes;
  /** Time spent waiting for files, in ms, since the index was opened: the rest is computing. */
  fetchMs = 0;
  private readonly shards = new Map<number, Shard>();
  /** Files being fetched: overlapping searches (a reader typing) wait for the same request. */
  private readonly reading = new Map<string, Promise<unknown>>();
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
    const manifest = checkManifest(
      await read(manifestFile),
      `${searchIndexFolder}/${manifestFile}`,
    );
    return new ShardedIndex(lunr, manifest, read, baseUrl);
  }

  /** A file of this index's folder, checked, fetched once however many searches ask for it. */
  private readOnce<T>(name: string, check: (value: unknown, file: string) => T): Promise<T> {
    const path = `${this.manifest.folder}/${name}`;
    let reading = this.reading.get(path);
    if (!reading) {
      reading = this.read(path)
        .then((value) => check(value, `${searchIndexFolder}/${path}`))
        .finally(() => this.reading.delete(path));
      this.reading.set(path, reading);
    }
    return reading as Promise<T>;
  }

  /** Runs `search` until it has every shard it asks for, fetching them between runs. */
  async settle<T>(search: () => T): Promise<T> {
    for (;;) {
      this.wanted.clear();
      const result = search();
      if (this.wanted.size === 0) return result;
      const wanted = [...this.wanted];
      const shards = await this.waitFor(wanted.map((n) => this.readOnce(shardFile(n), checkShard)));
      wanted.forEach((n, k) => {
        const shard = shards[k];
        if (shard) this.shards.set(n, shard);
      });
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
          this.sections.set(id, await this.readOnce(sectionFile(id), checkSection));
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
          metadata: markFound(page.t, result.metadata, this.stemmed),
        };
      }
      const [t, u, h, s] = row;
      const document: IndexedDoc = {...result.document, t, u, ...(h ? {h} : {}), ...(s ? {s} : {})};
      return {...result, document, metadata: markFound(t, result.metadata, this.stemmed)};
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

  /** A word through the pipeline (the stemmers); an arrow, since markFound calls it alone. */
  private readonly stemmed = (word: string): string[] => {
    let stems = this.stems.get(word);
    if (!stems) {
      stems = this.pipeline.runString(word);
      this.stems.set(word, stems);
    }
    return stems;
  };

  /** The shard holding `term`, or undefined, noted as wanted, when it is not fetched yet. */
  private shard(term: string): Shard | undefined {
    const n = shardOf(term, this.manifest.shardCount);
    const shard = this.shards.get(n);
    if (!shard) this.wanted.add(n);
    return shard;
  }

  /**
   * The index's words a lookup stands for (wordList.ts); kept, since each kind of document asks in
   * turn, and a misspelling's scan of the word list is the search's dearest step.
   */
  private expand(term: string, clause: LunrClause): string[] {
    const key = `${clause.wildcard ?? 0} ${clause.editDistance ?? 0} ${term}`;
    let words = this.expansions.get(key);
    if (!words) {
      words = expandWord(this.manifest.terms, term, clause);
      this.expansions.set(key, words);
    }
    return words;
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
        // lunr divides by the query vector's length: one unit for each word found of this kind.
        let wordsOfKind = 0;
        for (const expanded of words.flatMap((word) => this.expand(word, clause))) {
          const postings = this.shard(expanded)?.[expanded] ?? [];
          let ofKind = false;
          for (let n = 0; n < postings.length; n += postingSize) {
            if (postings[n] !== type) continue;
            ofKind = true;
            const ref = postings[n + 1] ?? 0;
            const page = postings[n + 2] ?? 0;
            if (type !== docTypes.title && !byRef.has(String(ref)))
              byRef.set(String(ref), {i: ref, p: page, t: '', u: pages.get(page)?.u ?? ''});
            const entry = scores.get(ref) ?? {score: 0, metadata: {}};
            scores.set(ref, entry);
            entry.score += (postings[n + 3] ?? 0) / 1000;
            entry.metadata[expanded] = {t: {}};
          }
          if (ofKind) wordsOfKind += 1;
        }
        const norm = Math.sqrt(wordsOfKind);
        return [...scores]
          .map(([ref, {score, metadata}]): LunrMatch => ({
            ref: String(ref),
            score: score / norm,
            matchData: {metadata},
          }))
          .sort((a, b) => b.score - a.score);
      },
    };
    return {type, index, byRef};
  }
}
