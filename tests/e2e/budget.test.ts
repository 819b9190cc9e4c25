/**
 * The page-weight budget, held by the tests and not only reported by the benchmark: every page of
 * both sitemaps, on a reader's first visit (fresh context, gzip on the wire, as `npm run bench`
 * measures it), stays within its budget (`firstVisitBudgetKiB`: 50 KiB for a content page, which
 * ships no React, 150 for the two search pages) and downloads nothing ahead for links in view.
 * Bytes are deterministic for a build, so a cut that stops working fails here, with the pages named.
 * And a reader's first search on the search page, within `firstSearchBudgetKiB`.
 */
import {type Browser, chromium} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {chromiumFlags, chromiumPath} from '../../lib/chromium';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {
  firstSearchBudgetKiB,
  firstVisitBudgetFor,
  firstVisitBudgetKiB,
  isSearchPath,
  kib,
  measureFirstSearch,
  measureTransfer,
  type Transfer,
} from '../../lib/firstVisit';
import {searchIndexFolder} from '../../lib/searchPage';
import {type RunningServer, serveStatic} from '../../lib/staticServer';
import {buildDir, sitemapPaths} from './_lib/browser';

let server: RunningServer;
let browser: Browser;
const transfers = new Map<string, Transfer>();

beforeAll(async () => {
  server = await serveStatic(buildDir, {gzip: true});
  browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags});
  // A few contexts at once: each has its own cache, so the bytes are the same as one at a time.
  const queue = sitemapPaths().map(({path}) => path);
  const worker = async (): Promise<void> => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      transfers.set(path, await measureTransfer(browser, `${server.origin}${path}`));
    }
  };
  await Promise.all(Array.from({length: 4}, worker));
  // Some 95 pages, each until the network is idle: on a loaded two-core machine this took over the
  // 300 s that other hooks get.
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('first visit of every page', () => {
  const {contentPage, searchPage} = firstVisitBudgetKiB;
  it(`stays within ${contentPage} KiB on a content page, ${searchPage} on a search page`, () => {
    expect(transfers.size).toBeGreaterThan(60);
    expect([...transfers.keys()].filter(isSearchPath).sort()).toEqual(['/en/search', '/search']);
    const over = [...transfers]
      .filter(([path, transfer]) => transfer.totalBytes > firstVisitBudgetFor(path) * 1024)
      .map(
        ([path, transfer]) =>
          `${path}: ${kib(transfer.totalBytes)} of ${firstVisitBudgetFor(path)} KiB`,
      );
    expect(over, 'pages over their budget').toEqual([]);
  });

  it('prefetches nothing for the links in view', () => {
    const prefetching = [...transfers]
      .filter(([, transfer]) => transfer.prefetchBytes > 0)
      .map(([path, transfer]) => `${path}: ${kib(transfer.prefetchBytes)} KiB prefetched`);
    expect(prefetching).toEqual([]);
  });
});

/**
 * A reader's first search on the search page (issue #19): the search code and the parts of the
 * index the words need, not the whole index (some 200 KiB gzip a language before it was sharded,
 * plugins/search-on-demand/shardFormat.ts). Names, topics, several words, a misspelling.
 */
const firstSearches = [
  {prefix: '', q: 'Арсамиков'},
  {prefix: '', q: 'преследования геев в чечне'},
  {prefix: '', q: 'эвакуацыя'},
  {prefix: '/en', q: 'Arsamikov'},
  {prefix: '/en', q: 'persecution of gay men in chechnya'},
  {prefix: '/en', q: 'evacuaton'},
];

describe('first search', () => {
  it.each(firstSearches)(
    `($prefix) "$q" downloads at most ${firstSearchBudgetKiB} KiB, most of the index left behind`,
    async ({prefix, q}) => {
      const transfer = await measureFirstSearch(browser, `${server.origin}${prefix}/search`, q);
      expect(transfer.indexBytes, 'no index file fetched').toBeGreaterThan(0);
      expect(kib(transfer.totalBytes)).toBeLessThanOrEqual(firstSearchBudgetKiB);
      const wholeIndex = readdirSync(path.join(buildDir, prefix, searchIndexFolder), {
        recursive: true,
      })
        .map((name) => path.join(buildDir, prefix, searchIndexFolder, String(name)))
        .filter((file) => statSync(file).isFile())
        .reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
      expect(transfer.indexBytes).toBeLessThan(wholeIndex / 3);
    },
    60_000,
  );
});
