/**
 * The search evaluation (issue #19) in Node, on the built site, in a second: the same queries and
 * figures as tests/e2e/search.test.ts, which measures them through the search page. For tuning;
 * the held-out queries are printed apart and must never be tuned on.
 *
 *   npx tsx scripts/search-eval.ts [--misses]
 */
import path from 'node:path';
import {searchHeldOut} from '../tests/e2e/_data/searchHeldOut';
import {searchQueries, type SearchQuery} from '../tests/e2e/_data/searchQueries';
import {
  baseUrlOf,
  openBuiltIndex,
  searchBuilt,
  type SiteLocale,
} from '../plugins/search-on-demand/nodeSearch';
import {siteDir} from '../lib/pages';
import {sitePath} from '../plugins/search-on-demand/searchIndex';

const showMisses = process.argv.includes('--misses');

async function evaluate(locale: SiteLocale, name: string, queries: readonly SearchQuery[]) {
  const index = await openBuiltIndex(path.join(siteDir, 'build'), locale);
  const ranks: number[] = [];
  for (const {q, expected} of queries) {
    const results = await searchBuilt(index, locale, q);
    const found = results.map((r) => sitePath(r.page.u, baseUrlOf(locale)));
    const rank = found.indexOf(expected) + 1;
    if (showMisses && rank !== 1)
      console.log(
        `  ${locale} "${q}" → ${found.slice(0, 3).join(', ')} (expected ${expected} at ${rank || '-'})`,
      );
    ranks.push(rank);
  }
  const share = (n: number) =>
    `${((100 * ranks.filter((r) => r >= 1 && r <= n).length) / ranks.length).toFixed(1)} %`;
  console.log(
    `${name} ${locale} (${queries.length}): first ${share(1)}, top 3 ${share(3)}, top 5 ${share(5)}`,
  );
}

async function main() {
  for (const locale of ['ru', 'en'] as const) {
    await evaluate(locale, 'tuned', searchQueries[locale]);
    await evaluate(locale, 'held-out', searchHeldOut[locale]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
