/** Opens a page and records what a reader's browser would: status, console errors, every request. */
import type {BrowserContext, Page} from 'playwright-core';

export interface Visit {
  readonly page: Page;
  readonly status: number | undefined;
  readonly consoleErrors: readonly string[];
  /** Every URL the page requested, its own included. */
  readonly requests: readonly string[];
}

/**
 * The page's code is running: on a content page site.js has set up its controls
 * (plugins/static-first); the search page, the one that runs React, has hydrated.
 */
export const codeRunning = 'html[data-has-hydrated="true"], html[data-static-ready="true"]';

export async function visit(
  context: BrowserContext,
  url: string,
  {hydrate = true} = {},
): Promise<Visit> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto(url, {waitUntil: 'load'});
  if (hydrate) await page.waitForSelector(codeRunning, {timeout: 15_000});
  await page.waitForLoadState('networkidle');
  return {page, status: response?.status(), consoleErrors, requests};
}

/** Requests that left the site: anything but the site's own origin and in-page data. */
export function offSiteRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url),
  );
}
