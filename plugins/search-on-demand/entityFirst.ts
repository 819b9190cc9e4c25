/**
 * "Answer, then list" (issue #19): when a query names a person or organisation that has a page of
 * its own (src/data/searchEntityPages.ts), that page's results move to the front, ahead of the
 * glossary entry and of pages that only mention the name. The rest keeps the search's order.
 */
import {people} from '@site/src/data/glossary/people';
import {organizations} from '@site/src/data/glossary/organizations';
import {russianSearchForms} from '@site/src/data/glossary/searchForms';
import type {GlossaryEntry} from '@site/src/data/glossary/types';
import {searchEntityPages} from '@site/src/data/searchEntityPages';

/** Lowercase words, ё as е, punctuation dropped: how readers' queries and names are compared. */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A query word names a name's word when they are equal or, for words of four letters or more,
 * differ only in an ending of up to two letters (Лапуновым/Лапунов, Хизриевы/Хизриева).
 */
function sameWord(typed: string, name: string): boolean {
  if (typed === name) return true;
  const shorter = Math.min(typed.length, name.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && typed[common] === name[common]) common += 1;
  return common >= Math.max(4, Math.max(typed.length, name.length) - 2);
}

/** Whether the query's words contain every word of one of the entry's names. */
function names(entry: GlossaryEntry, words: readonly string[]): boolean {
  return [entry.ru, entry.en, ...entry.variants, ...russianSearchForms(entry)].some((name) =>
    queryWords(name).every((part) => words.some((word) => sameWord(word, part))),
  );
}

const entries: readonly GlossaryEntry[] = [...people, ...organizations];

/** The pages (without locale prefix) of the entries the query names. */
export function entityPagesNamed(query: string): Set<string> {
  const words = queryWords(query);
  const pages = new Set<string>();
  for (const entry of entries) {
    const page = (searchEntityPages as Record<string, string | undefined>)[entry.id];
    if (page && names(entry, words)) pages.add(page);
  }
  return pages;
}

/** The results, those on a page the query names first; `baseUrl` is the locale's ('/' or '/en/'). */
export function entityPagesFirst<Result extends {readonly document: {readonly u: string}}>(
  results: readonly Result[],
  query: string,
  baseUrl: string,
): Result[] {
  const pages = entityPagesNamed(query);
  if (pages.size === 0) return [...results];
  const prefix = baseUrl.replace(/\/$/, '');
  const named = (result: Result) =>
    pages.has(result.document.u.slice(prefix.length).replace(/\/$/, '') || '/');
  return [...results.filter(named), ...results.filter((result) => !named(result))];
}
