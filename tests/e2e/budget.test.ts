/**
 * The page-weight budget, held by the tests and not only reported by the benchmark: every page of
 * both sitemaps, on a reader's first visit (fresh context, gzip on the wire, as `npm run bench`
 * measures it), stays within its budget (`firstVisitBudgetKiB`: 50 KiB for a content page, which
 * ships no React, 150 for the two search pages) and downloads nothing ahead for links in view.
 * Bytes are deterministic for a build, so a cut that stops working fails here, with the pages named.
 */
import {type Browser, chromium} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {chromiumFlags, chromiumPath} from '../../lib/chromium';
import {
  firstVisitBudgetFor,
  firstVisitBudgetKiB,
  isSearchPath,
  measureTransfer,
  type Transfer,
} from '../../lib/firstVisit';
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

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

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
