/**
 * Where the words a search found are in the text a result shows, as lunr records positions
 * (`[start, length]` of each token, tokens split at spaces and hyphens): the theme's result list
 * marks them. The sharded index keeps no positions (shardFormat.ts), so they are found again here.
 */
import type {MatchMetadata} from './searchIndex';

/** The found words (the metadata's keys, stemmed as the index stores them) marked in `text`. */
export function markFound(
  text: string,
  metadata: MatchMetadata,
  stemmed: (word: string) => readonly string[],
): MatchMetadata {
  const terms = new Set(Object.keys(metadata));
  // A stemmer rewrites a word's ending only: a word can stem to a term only if it begins as the
  // term does, so most words of an excerpt need no stemming (the dearest step here).
  const heads = new Set([...terms].map((term) => term.slice(0, 3)));
  const headLengths = [...new Set([...heads].map((head) => head.length))];
  const marked: Record<string, {t: {position: number[][]}}> = {};
  for (const token of text.matchAll(/[^\s-]+/g)) {
    const word = token[0].toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const folded = word.replaceAll('ё', 'е');
    if (!headLengths.some((length) => heads.has(folded.slice(0, length)))) continue;
    const found = stemmed(word).find((term) => terms.has(term));
    if (found === undefined) continue;
    const entry = (marked[found] ??= {t: {position: []}});
    entry.t.position.push([token.index, token[0].length]);
  }
  return marked;
}
