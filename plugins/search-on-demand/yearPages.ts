/**
 * "What happened in 2019" (issue #19): a query for one year, with nothing else but words that
 * ask what happened (src/data/searchSynonyms.ts `yearQueryWords`), leads to the pages whose title
 * names the year, then those whose title spans it («Хронология: 2017–2021»). The pages' titles
 * say which years they cover, so a new timeline page needs no entry anywhere.
 */
import {yearQueryWords} from '@site/src/data/searchSynonyms';
import {sameWord} from './queryWords';
import {sitePath, type IndexedDoc} from './searchIndex';

const yearWord = /^(?:19|20)\d{2}$/;
const yearsInTitle = /\b(\d{4})(?:\s*[–—-]\s*(\d{4}))?\b/g;

/** The paths of the pages the year asks for, or none when the query says more than the year. */
export function yearPages(
  words: readonly string[],
  pages: Iterable<IndexedDoc>,
  baseUrl: string,
): string[] {
  const years = words.filter((word) => yearWord.test(word));
  const others = words.filter((word) => !yearWord.test(word));
  if (years.length !== 1 || !others.every((word) => yearQueryWords.some((w) => sameWord(word, w))))
    return [];
  const year = Number(years[0]);
  const named: string[] = [];
  const spanning: string[] = [];
  for (const page of pages) {
    for (const [, from, to] of page.t.matchAll(yearsInTitle)) {
      if (year < Number(from) || year > Number(to ?? from)) continue;
      (to ? spanning : named).push(sitePath(page.u, baseUrl));
      break;
    }
  }
  return [...named, ...spanning];
}
