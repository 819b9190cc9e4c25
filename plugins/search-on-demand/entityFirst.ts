/**
 * "Answer, then list" (issue #19): the pages a query names a glossary entry of. An entry with a
 * page of its own (src/data/searchEntityPages.ts) names that page whatever else the query says;
 * any other entry names its glossary entry when the query says nothing else («грозный», "putin"),
 * so that «преследования в чечне» still finds the page about them. pageSearch.ts puts them first.
 */
import {glossary, glossaryEntryPath} from '@site/src/data/glossary';
import {russianSearchForms} from '@site/src/data/glossary/searchForms';
import type {GlossaryEntry} from '@site/src/data/glossary/types';
import {searchEntityPages, searchEntityPagesWhenAlone} from '@site/src/data/searchEntityPages';
import {queryWords, sameWord, type StopWord} from './queryWords';

const ownPages: Readonly<Record<string, string | undefined>> = searchEntityPages;
const pagesWhenAlone: Readonly<Record<string, string | undefined>> = searchEntityPagesWhenAlone;

/** Each entry's names by stop-word filter: worked out once, not at every query. */
const namesByFilter = new WeakMap<StopWord, Map<GlossaryEntry, string[][]>>();

/** Every way the entry's names are written, each as its words without stop words. */
function nameWords(entry: GlossaryEntry, isStopWord: StopWord): string[][] {
  const names = namesByFilter.get(isStopWord) ?? new Map<GlossaryEntry, string[][]>();
  namesByFilter.set(isStopWord, names);
  let words = names.get(entry);
  if (!words) {
    words = [entry.ru, entry.en, ...entry.variants, ...russianSearchForms(entry)]
      .map((name) => queryWords(name).filter((word) => !isStopWord(word)))
      .filter((list) => list.length > 0);
    names.set(entry, words);
  }
  return words;
}

/** The query's words that one of the entry's names covers, or null when no name is all there. */
function namedBy(entry: GlossaryEntry, words: readonly string[], isStopWord: StopWord) {
  let best: Set<string> | null = null;
  for (const name of nameWords(entry, isStopWord)) {
    if (!name.every((part) => words.some((word) => sameWord(word, part)))) continue;
    const covered = new Set(words.filter((word) => name.some((part) => sameWord(word, part))));
    if (!best || covered.size > best.size) best = covered;
  }
  return best;
}

/** The pages (without locale prefix) the query names, in glossary order. */
export function entityPagesNamed(query: string, isStopWord: StopWord = () => false): Set<string> {
  const words = queryWords(query).filter((word) => !isStopWord(word));
  const pages = new Set<string>();
  for (const entry of glossary) {
    const covered = namedBy(entry, words, isStopWord);
    if (!covered) continue;
    const own = ownPages[entry.id];
    if (own) pages.add(own);
    else if (words.every((word) => covered.has(word)))
      pages.add(pagesWhenAlone[entry.id] ?? glossaryEntryPath(entry).replace(/#.*$/, ''));
  }
  return pages;
}
