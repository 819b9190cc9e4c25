/** Opens a page and records what a reader's browser would: status, console errors, every request. */
import type {BrowserContext, Page} from 'playwright-core';

export interface Visit {
  readonly page: Page;
  readonly status: number | undefined;
  readonly consoleErrors: readonly string[];
  /** Every URL the page requested, its own included. */
  readonly requests: readonly string[];
  /**
   * Elements of the built HTML (the app's top-level elements and the article) that hydration took
   * out of the page, to move them or to build them again, instead of taking them over as they
   * were: each costs the reader's phone a new layout of the page. Empty when not hydrated.
   */
  readonly displaced: readonly string[];
}

type DisplacedCheck = () => string[];

/**
 * Watches the app's top-level elements and the article from the moment the HTML is parsed, before
 * any script of the page runs (they start after the first paint, plugins/paint-first.ts), and
 * leaves a check of which ones were taken out.
 */
function watchServerRendered(): void {
  document.addEventListener(
    'readystatechange',
    () => {
      const watched = [...document.querySelectorAll('#__docusaurus > :not(link), article')];
      const displaced = new Set<Node>();
      // No named helper here: the test runner's compiler would wrap it in a function the page lacks.
      const observer = new MutationObserver((records) =>
        records.forEach((record) => record.removedNodes.forEach((node) => displaced.add(node))),
      );
      for (const parent of new Set(watched.map((element) => element.parentNode))) {
        if (parent) observer.observe(parent, {childList: true});
      }
      (window as {displacedCheck?: DisplacedCheck}).displacedCheck = () => {
        for (const record of observer.takeRecords()) {
          record.removedNodes.forEach((node) => displaced.add(node));
        }
        return watched
          .filter((element) => displaced.has(element))
          .map((element) => `${element.localName}.${element.className}`);
      };
    },
    {once: true},
  );
}

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
  await page.addInitScript(watchServerRendered);
  const response = await page.goto(url, {waitUntil: 'load'});
  if (hydrate) await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 15_000});
  await page.waitForLoadState('networkidle');
  const displaced = hydrate
    ? await page.evaluate(
        () =>
          (window as {displacedCheck?: DisplacedCheck}).displacedCheck?.() ?? ['(nothing watched)'],
      )
    : [];
  return {page, status: response?.status(), consoleErrors, requests, displaced};
}

/** Requests that left the site: anything but the site's own origin and in-page data. */
export function offSiteRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url),
  );
}
