/**
 * Pages, not sections (issue #19). The theme's worker asks lunr for sections holding every word of
 * the query, and lists them: a page whose title holds one word and whose text holds the other was
 * never found, and a page's sections crowded out other pages. Here each word is looked up on its
 * own, a page scores by where its words are (title over headings and keywords over text), the pages
 * holding the most of the query's rarer words come first, and each page is listed once, linked to
 * its best section. Before them: the page the query names (entityFirst.ts), then the page that
 * answers its words (readerWords.ts).
 */
import type {SynonymLocale} from '@site/src/data/searchSynonyms';
import {entityPagesNamed} from './entityFirst';
import {queryWords, type StopWord} from './queryWords';
import {synonymPages} from './readerWords';
import {yearPages} from './yearPages';
import {
  docTypes,
  sitePath,
  type DocType,
  type IndexedDoc,
  type LunrClause,
  type MatchMetadata,
  type SearchIndexes,
} from './searchIndex';

/** How much a word found in each kind of document counts. */
export const fieldWeights: Readonly<Record<DocType, number>> = {
  [docTypes.title]: 10,
  [docTypes.heading]: 6,
  [docTypes.keywords]: 5,
  [docTypes.description]: 4,
  [docTypes.content]: 2,
};

/** One way to look a word up, and what a find counts. */
interface Lookup {
  readonly factor: number;
  readonly term: string;
  readonly clause: LunrClause;
}

/**
 * The ways to look a word up: as typed, through the index's pipeline (its stemmers: «ликвидацию»
 * finds «ликвидирован»), and by its first three fifths, for the endings the stemmers cut apart
 * ("safety" and "safely", «финансирует» and «финансирование», "honor" and "honour"); when neither
 * finds it, misspelt: one letter off, two for long words («эвакуацыя»).
 */
function lookups(word: string, lunr: SearchIndexes['lunr']): {found: Lookup[]; misspelt: Lookup[]} {
  const stem = word.slice(0, Math.max(4, Math.floor(word.length * 0.6)));
  const trailing = lunr.Query.wildcard.TRAILING;
  return {
    found: [
      {factor: 1, term: word, clause: {}},
      ...(word.length > 4
        ? [{factor: 0.5, term: stem, clause: {usePipeline: false, wildcard: trailing}}]
        : []),
    ],
    misspelt: [
      ...(word.length >= 5 ? [{factor: 0.5, term: word, clause: {editDistance: 1}}] : []),
      ...(word.length >= 8 ? [{factor: 0.35, term: word, clause: {editDistance: 2}}] : []),
    ],
  };
}

interface DocHit {
  readonly doc: IndexedDoc;
  readonly type: DocType;
  readonly weight: number;
  readonly metadata: MatchMetadata;
}

function lookUp(indexes: SearchIndexes, {factor, term, clause}: Lookup): DocHit[] {
  return indexes.kinds.flatMap(({type, index, byRef}) => {
    const matches = index.query((query) => query.term(term, {...clause}));
    const top = matches[0]?.score ?? 0;
    return matches.flatMap((match): DocHit[] => {
      const doc = byRef.get(match.ref);
      if (!doc) return [];
      // lunr's score ranks documents of one kind against each other: how well this one holds it.
      const strength = top > 0 ? 0.5 + (0.5 * match.score) / top : 1;
      const weight = fieldWeights[type] * factor * strength;
      return [{doc, type, weight, metadata: match.matchData.metadata}];
    });
  });
}

/** Every document holding the word: as typed or by its stem, else misspelt. */
function wordHits(indexes: SearchIndexes, word: string): DocHit[] {
  const {found, misspelt} = lookups(word, indexes.lunr);
  const hits = found.flatMap((lookup) => lookUp(indexes, lookup));
  if (hits.length > 0) return hits;
  for (const lookup of misspelt) {
    const fuzzy = lookUp(indexes, lookup);
    if (fuzzy.length > 0) return fuzzy;
  }
  return [];
}

/**
 * How much of a page's title the query says: «эвакуация» is all of «Эвакуация» and half of
 * «Анонимная эвакуация», so the page titled by the query comes first.
 */
export function titleFit(title: string, words: readonly string[]): number {
  const titleWords = queryWords(title);
  if (titleWords.length === 0) return 0;
  const said = titleWords.filter((part) =>
    words.some((word) => word === part || (word.length >= 4 && part.startsWith(word.slice(0, 4)))),
  );
  return said.length / titleWords.length;
}

interface PageTally {
  readonly page: IndexedDoc;
  score: number;
  /** The query's words found on the page. */
  readonly words: Set<string>;
  /** The query's words found on the page, each weighted by its rarity. */
  found: number;
  readonly docs: Map<
    IndexedDoc,
    {type: DocType; score: number; words: Set<string>; metadata: MatchMetadata[]}
  >;
}

export interface PageResult {
  /** The page's title document. */
  readonly page: IndexedDoc;
  /** What the result links to: the page's title or its best section. */
  readonly document: IndexedDoc;
  readonly type: DocType;
  readonly metadata: MatchMetadata;
  readonly score: number;
  /** The query's words found on the page (none for a page listed only because it is named). */
  readonly words: ReadonlySet<string>;
}

function bestSection(tally: PageTally): Omit<PageResult, 'score' | 'words'> {
  const ranked = [...tally.docs.entries()].sort(
    ([, a], [, b]) => b.words.size - a.words.size || b.score - a.score,
  );
  const [doc, best] = ranked[0] ?? [tally.page, undefined];
  // A word in the title, description or keywords is the page's: link to the page itself.
  const section = best && (best.type === docTypes.heading || best.type === docTypes.content);
  const own = section ? best : tally.docs.get(tally.page);
  return {
    page: tally.page,
    document: section ? doc : tally.page,
    type: section ? best.type : docTypes.title,
    metadata: Object.assign({}, ...(own?.metadata ?? [])) as MatchMetadata,
  };
}

/** The pages holding the query's words, best first. */
function rankPages(indexes: SearchIndexes, words: readonly string[]): PageResult[] {
  const tallies = new Map<number, PageTally>();
  let rarity = 0;
  for (const word of words) {
    const hits = wordHits(indexes, word);
    const pageIds = new Set(hits.map(({doc}) => doc.p ?? doc.i));
    if (pageIds.size === 0) continue;
    // A word on every page says little of which page is meant («чечня» here).
    const idf = Math.log(1 + indexes.pages.size / pageIds.size);
    rarity += idf;
    const best = new Map<number, number>();
    for (const hit of hits) {
      const pageId = hit.doc.p ?? hit.doc.i;
      const page = indexes.pages.get(pageId);
      if (!page) continue;
      const tally = tallies.get(pageId) ?? {
        page,
        score: 0,
        found: 0,
        words: new Set<string>(),
        docs: new Map(),
      };
      tallies.set(pageId, tally);
      best.set(pageId, Math.max(best.get(pageId) ?? 0, hit.weight));
      const doc = tally.docs.get(hit.doc) ?? {
        type: hit.type,
        score: 0,
        words: new Set<string>(),
        metadata: [],
      };
      tally.docs.set(hit.doc, doc);
      doc.score += idf * hit.weight;
      doc.words.add(word);
      doc.metadata.push(hit.metadata);
    }
    for (const [pageId, weight] of best) {
      const tally = tallies.get(pageId);
      if (!tally) continue;
      tally.score += idf * weight;
      tally.found += idf;
      tally.words.add(word);
    }
  }
  return [...tallies.values()]
    .map((tally) => {
      // Pages holding all the query's words first; among them, those holding them together.
      const share = rarity > 0 ? tally.found / rarity : 0;
      const together = Math.max(...[...tally.docs.values()].map((doc) => doc.words.size));
      const closeness = words.length > 1 ? 1 + (0.5 * (together - 1)) / (words.length - 1) : 1;
      const fit = 1 + 0.5 * titleFit(tally.page.t, words);
      return {
        ...bestSection(tally),
        score: tally.score * share * share * closeness * fit,
        words: tally.words,
      };
    })
    .sort((a, b) => b.score - a.score);
}

export interface SearchOptions {
  readonly locale: SynonymLocale;
  readonly baseUrl: string;
  readonly isStopWord: StopWord;
}

/** The query's words to look up: without stop words, unless it has nothing else («how many»). */
export function searchWords(query: string, isStopWord: StopWord): string[] {
  const words = [...new Set(queryWords(query))].slice(0, 12);
  const kept = words.filter((word) => !isStopWord(word));
  return kept.length > 0 ? kept : words;
}

/**
 * One result per page: the page the query names, the timeline of the year it asks about, the page
 * answering the reader's words, then the rest. A page answering some of the words comes first only
 * if it also holds at least half of the rest: «статистика убийств чести» is not answered by the
 * figures page, which says nothing of honour killings; «убивают родственники за позор семьи» is by
 * the page on honour killings, which speaks of relatives if not in that verb.
 */
export function searchPages(
  indexes: SearchIndexes,
  query: string,
  {locale, baseUrl, isStopWord}: SearchOptions,
): PageResult[] {
  const words = searchWords(query, isStopWord);
  const ranked = rankPages(indexes, words);
  const rankedByPath = new Map(ranked.map((result) => [sitePath(result.page.u, baseUrl), result]));
  const answers = synonymPages(query, locale).filter(({page, covered}) => {
    const rest = words.filter((word) => !covered.has(word));
    const held = rest.filter((word) => rankedByPath.get(page)?.words.has(word));
    return held.length * 2 >= rest.length;
  });
  const first = [
    ...entityPagesNamed(query, isStopWord),
    ...yearPages(words, indexes.pages.values(), baseUrl),
    ...answers.map(({page}) => page),
  ];
  const pinned = [...new Set(first)].flatMap((path): PageResult[] => {
    const found = rankedByPath.get(path);
    if (found) return [found];
    const page = indexes.pagesByPath.get(path);
    return page
      ? [{page, document: page, type: docTypes.title, metadata: {}, score: 0, words: new Set()}]
      : [];
  });
  return [...pinned, ...ranked.filter((result) => !pinned.includes(result))];
}
