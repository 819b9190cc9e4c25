/**
 * What a reader's first visit of a page downloads: every request of a fresh browser context (empty
 * cache) until the network is idle, on the wire. Shared by the benchmark, which reports it, and the
 * budget test, which holds every page to it (bytes are deterministic for a given build and server).
 */
import type {Browser, Request} from 'playwright-core';

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

export interface Transfer {
  readonly requests: number;
  readonly totalBytes: number;
  readonly javaScriptBytes: number;
  readonly prefetchBytes: number;
}

interface RequestCost {
  readonly bytes: number;
  readonly javaScript: boolean;
  readonly prefetch: boolean;
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
  };
}

/**
 * A first visit in a new context (empty cache, no cookies, Playwright's default 1280×720 viewport)
 * until the network is idle, so it includes what Docusaurus prefetches for the links in view.
 */
export async function measureTransfer(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext();
  const costs: Promise<RequestCost>[] = [];
  // Requests that finish once the visit is counted are not read: the context closes under them, and
  // reading one then rejects with nobody waiting for it (an unhandled rejection fails the test run).
  let counting = true;
  context.on('requestfinished', (request) => {
    if (counting && request.url().startsWith('http')) costs.push(responseCost(request));
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, {waitUntil: 'networkidle'});
    if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
    counting = false;
    const all = await Promise.all(costs);
    const sum = (keep: (cost: RequestCost) => boolean): number =>
      all.reduce((total, cost) => total + (keep(cost) ? cost.bytes : 0), 0);
    return {
      requests: all.length,
      totalBytes: sum(() => true),
      javaScriptBytes: sum((cost) => cost.javaScript),
      prefetchBytes: sum((cost) => cost.prefetch),
    };
  } finally {
    await context.close();
  }
}
