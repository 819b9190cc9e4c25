/** How the search compares readers' words with the site's names and phrases (issue #19). */

/** Whether a word is too common to count (lunr's stop-word filters, in the browser and in Node). */
export type StopWord = (word: string) => boolean;

/** Lowercase words, ё as е, punctuation dropped: how readers' queries and names are compared. */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A typed word stands for a listed word when they are equal or, for words of four letters or
 * more, differ only in an ending of up to two letters (Лапуновым/Лапунов, Хизриевы/Хизриева).
 */
export function sameWord(typed: string, listed: string): boolean {
  if (typed === listed) return true;
  const shorter = Math.min(typed.length, listed.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && typed[common] === listed[common]) common += 1;
  return common >= Math.max(4, Math.max(typed.length, listed.length) - 2);
}

/** A lunr stop-word filter: the word back when it counts, nothing when it is a stop word. */
export type StopWordFilter = (word: string) => unknown;

/** A word any of the languages' filters drops (lunr's English one, lunr-languages' Russian one). */
export function stopWordOf(filters: readonly StopWordFilter[]): StopWord {
  return (word) => filters.some((keeps) => !keeps(word));
}
