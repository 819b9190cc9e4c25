/**
 * What a reader's first visit of a page downloads: every request of a fresh browser context (empty
 * cache) until the network is idle, on the wire. Shared by the benchmark, which reports it, and the
 * budget test, which holds every page to it (bytes are deterministic for a given build and server).
 */
import type {Browser, BrowserContext, Page, Request} from 'playwright-core';
import {searchField, searchIndexFolder, searchMeasure, type SearchTiming} from './searchPage';

/**
 * The budgets of a first visit, gzip on the wire, in KiB (issues #8, #22): content pages ship no
 * React (plugins/static-first), the two search pages do, and the search theme's UI with it.
 */
export const firstVisitBudgetKiB = {contentPage: 50, searchPage: 150} as const;

/** A locale's search page (`/search`, `/en/search`), by its address. */
export const isSearchPath = (pagePath: string): boolean =>
  /^\/(?:[a-z]{2}\/)?search$/.test(pagePath);

/** The budget of one page's first visit, in KiB, by its address. */
export function firstVisitBudgetFor(pagePath: string): number {
  return isSearchPath(pagePath) ? firstVisitBudgetKiB.searchPage : firstVisitBudgetKiB.contentPage;
}

/** Bytes in KiB to one decimal, as every budget and figure here is given. */
export const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

export interface Transfer {
  readonly requests: number;
  readonly totalBytes: number;
  readonly javaScriptBytes: number;
  readonly prefetchBytes: number;
  /** Part of the total that is the search index's files (`searchIndexFolder`): a search's. */
  readonly indexBytes: number;
}

interface RequestCost {
  readonly bytes: number;
  readonly javaScript: boolean;
  readonly prefetch: boolean;
  /** A file of the search index (`searchIndexFolder`). */
  readonly index: boolean;
}

/**
 * What one finished request cost on the wire: headers plus the encoded (gzip) body as Chromium
 * received it, whatever `content-length` says (the server streams without one). JavaScript is told
 * by content type, since Docusaurus prefetches its chunks as `<link rel="prefetch">` (resource type
 * "other"); prefetches by Chromium's `Sec-Purpose: prefetch` request header.
 */
async function responseCost(request: Request): Promise<RequestCost> {
  const [sizes, headers, response] = await Promise.all([
    request.sizes(),
    request.allHeaders(),
    request.response(),
  ]);
  return {
    bytes: sizes.responseHeadersSize + sizes.responseBodySize,
    javaScript: /javascript/.test((await response?.allHeaders())?.['content-type'] ?? ''),
    prefetch: headers['sec-purpose']?.startsWith('prefetch') ?? false,
    index: new URL(request.url()).pathname.includes(`/${searchIndexFolder}/`),
  };
}

/**
 * The costs of the context's requests that finish while `counting()` holds. Requests that finish
 * once counting stops are not read: the context closes under them, and reading one then rejects
 * with nobody waiting for it (an unhandled rejection fails the test run).
 */
function recordCosts(context: BrowserContext, counting: () => boolean): Promise<RequestCost>[] {
  const costs: Promise<RequestCost>[] = [];
  context.on('requestfinished', (request) => {
    if (counting() && request.url().startsWith('http')) costs.push(responseCost(request));
  });
  return costs;
}

async function totalOf(costs: readonly Promise<RequestCost>[]): Promise<Transfer> {
  const all = await Promise.all(costs);
  const sum = (keep: (cost: RequestCost) => boolean): number =>
    all.reduce((total, cost) => total + (keep(cost) ? cost.bytes : 0), 0);
  return {
    requests: all.length,
    totalBytes: sum(() => true),
    javaScriptBytes: sum((cost) => cost.javaScript),
    prefetchBytes: sum((cost) => cost.prefetch),
    indexBytes: sum((cost) => cost.index),
  };
}

/**
 * A first visit in a new context (empty cache, no cookies, Playwright's default 1280×720 viewport)
 * until the network is idle, so it includes what Docusaurus prefetches for the links in view.
 */
export async function measureTransfer(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext();
  let counting = true;
  const costs = recordCosts(context, () => counting);
  try {
    const page = await context.newPage();
    const response = await page.goto(url, {waitUntil: 'networkidle'});
    if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
    counting = false;
    return await totalOf(costs);
  } finally {
    await context.close();
  }
}

/**
 * A reader's first search (issue #19: ≤ 60 KiB gzip on the site as it is): what the search page
 * downloads once the reader types, the search code and the index's files it needs, on top of the
 * page's own first visit (within `firstVisitBudgetKiB.searchPage`).
 */
export const firstSearchBudgetKiB = 60;

export interface SearchAnswer extends SearchTiming {
  readonly totalMs: number;
}

/** Resolves with the search's times once the search page has answered `query`. */
export async function searchAnswered(page: Page, query: string): Promise<SearchAnswer> {
  const measured = await page.waitForFunction(
    ({name, words}) => {
      const entry = performance
        .getEntriesByName(name)
        .find((measure) => (measure as PerformanceMeasure).detail?.words === words);
      return entry && {...(entry as PerformanceMeasure).detail, totalMs: entry.duration};
    },
    {name: searchMeasure, words: query},
  );
  return (await measured.jsonValue()) as SearchAnswer;
}

/**
 * The context's requests in flight from now on; `quiet()` resolves once none has been for
 * `quietMs`, and fails after `maxMs` naming those still open (a measure must not hang).
 */
function trackRequests(context: BrowserContext) {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  context.on('request', (request) => {
    inFlight.add(request);
    lastChange = Date.now();
  });
  const done = (request: Request) => {
    if (inFlight.delete(request)) lastChange = Date.now();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return {
    async quiet(quietMs = 500, maxMs = 15_000): Promise<void> {
      const start = Date.now();
      while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() - start > maxMs)
          throw new Error(`requests still open: ${[...inFlight].map((r) => r.url()).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/**
 * The search page opened in a new context and left until the network is idle, then `query` entered:
 * every request from then until the search has answered and the network is quiet. Entered at once
 * by default, as the navbar's form hands the words over from a content page (the way most searches
 * start) or as a paste; `typed`, a letter at a time, each keystroke searching.
 */
export async function measureFirstSearch(
  browser: Browser,
  searchPageUrl: string,
  query: string,
  {typed = false}: {typed?: boolean} = {},
): Promise<Transfer> {
  const context = await browser.newContext();
  let counting = false;
  const costs = recordCosts(context, () => counting);
  try {
    const page = await context.newPage();
    const response = await page.goto(searchPageUrl, {waitUntil: 'networkidle'});
    if (response?.status() !== 200) throw new Error(`${searchPageUrl}: HTTP ${response?.status()}`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    counting = true;
    const requests = trackRequests(context);
    // Typed, a letter every tenth of a second, each keystroke searches; pasted, one search does.
    if (typed) await page.locator(searchField).pressSequentially(query, {delay: 100});
    else await page.locator(searchField).fill(query);
    await searchAnswered(page, query);
    // Anything the listed results set off (nothing, today) belongs to the search too.
    await requests.quiet();
    counting = false;
    return await totalOf(costs);
  } finally {
    await context.close();
  }
}
