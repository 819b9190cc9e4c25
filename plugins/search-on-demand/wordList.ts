/**
 * The index's sorted word list (the manifest's `terms`, shardFormat.ts) and the words a lookup
 * stands for, as lunr's token set expands them: the word itself, every word it begins (a trailing
 * wildcard) or every word a few edits away (a misspelling).
 */
import type {LunrClause} from './searchIndex';

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

/**
 * The first index of a sorted list whose item is not before `value`. The list is sorted by UTF-16
 * code units, as JavaScript's default sort leaves it (writeShards.ts), and compared the same way.
 */
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

/** The words of the list a lookup of `term` stands for. */
export function expandWord(terms: readonly string[], term: string, clause: LunrClause): string[] {
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
