/**
 * Readers' words (issue #19): the pages that answer the words a query is written in, from the
 * reviewed list in src/data/searchSynonyms.ts. A phrase matches when the query holds each of its
 * words, stop words included («как связаться», "help me"), each with an ending of its own; the
 * query's words it covers are returned with the page, since a query that says more must find the
 * rest on that page too (pageSearch.ts).
 */
import {
  searchSynonyms,
  type SearchSynonym,
  type SynonymLocale,
} from '@site/src/data/searchSynonyms';
import {queryWords, sameWord} from './queryWords';

/** Whether the query holds every word of the phrase. */
export function phraseIn(phrase: string, words: readonly string[]): boolean {
  return queryWords(phrase).every((part) => words.some((word) => sameWord(word, part)));
}

export interface SynonymMatch {
  readonly page: string;
  /** The query's words the matching phrases cover. */
  readonly covered: ReadonlySet<string>;
}

/** The pages the query's words are answered on, in the list's order. */
export function synonymPages(
  query: string,
  locale: SynonymLocale,
  list: readonly SearchSynonym[] = searchSynonyms[locale],
): SynonymMatch[] {
  const words = queryWords(query);
  return list.flatMap((entry) => {
    const phrases = entry.words.filter((phrase) => phraseIn(phrase, words));
    if (phrases.length === 0) return [];
    const parts = phrases.flatMap((phrase) => queryWords(phrase));
    const covered = new Set(words.filter((word) => parts.some((part) => sameWord(word, part))));
    return [{page: entry.page, covered}];
  });
}

/** Mistakes in the list, each naming the entry: empty when it is sound. */
export function synonymProblems(list: readonly SearchSynonym[], locale: SynonymLocale): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  list.forEach((entry, n) => {
    const name = `src/data/searchSynonyms.ts: ${locale} entry ${n + 1} (${entry.page})`;
    if (!/^\/[a-z0-9/-]*$/.test(entry.page)) problems.push(`${name}: page is not a site path`);
    if (entry.words.length === 0) problems.push(`${name}: no words`);
    if (entry.answer.trim().length < 20) problems.push(`${name}: answer is not a sentence`);
    for (const phrase of entry.words) {
      const key = queryWords(phrase).join(' ');
      if (phrase !== phrase.toLowerCase() || key === '')
        problems.push(`${name}: "${phrase}" must be lowercase words`);
      const other = seen.get(key);
      if (other && other !== entry.page)
        problems.push(`${name}: "${phrase}" also leads to ${other}`);
      seen.set(key, entry.page);
    }
  });
  return problems;
}
