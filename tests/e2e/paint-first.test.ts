/**
 * The page is on screen before the site's code is even requested (plugins/paint-first.ts), and the
 * code still starts, hydrates the page and works, in a browser that reports paints and in one that
 * does not or never does.
 */
import type {BrowserContext} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {useServedSite} from './_lib/site';
import {visit} from './_lib/visit';

const site = useServedSite();

/** The longest page, whose HTML takes the longest to parse, and a home page. */
const paths = ['/history/timeline', '/en/history/timeline', '/en/'];

/** First contentful paint, and when each script of the page was requested, in ms since navigation. */
function paintAndScripts(): {paint: number | undefined; scripts: {url: string; start: number}[]} {
  return {
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => ({url: entry.name, start: entry.startTime})),
  };
}

async function hydratesWith(context: BrowserContext, stub: () => void): Promise<void> {
  const page = await context.newPage();
  try {
    await page.addInitScript(stub);
    await page.goto(`${site.server.origin}/history/sphere`);
    // Docusaurus marks the page once React has taken it over.
    await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 5_000});
    const scripts = await page.evaluate(
      () => document.querySelectorAll('head > script[src]').length,
    );
    expect(scripts, 'scripts started').toBeGreaterThanOrEqual(2);
  } finally {
    await page.close();
  }
}

describe('the site’s code', () => {
  it.each(paths)('is requested after the first paint of %s, and hydrates it', async (path) => {
    const {page, consoleErrors} = await visit(site.browser, `${site.server.origin}${path}`);
    try {
      const {paint, scripts} = await page.evaluate(paintAndScripts);
      expect(paint, 'first contentful paint').toBeGreaterThan(0);
      expect(scripts.length, 'scripts of the page').toBeGreaterThanOrEqual(2);
      expect(scripts.filter(({start}) => start < (paint ?? 0))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('starts in a browser that does not report paints', () =>
    hydratesWith(site.browser, () => {
      Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {value: []});
    }));

  it('starts in a browser without performance observers', () =>
    hydratesWith(site.browser, () => {
      delete (window as {PerformanceObserver?: unknown}).PerformanceObserver;
    }));

  it('starts in a browser that reports paints but never reports this one', () =>
    hydratesWith(site.browser, () => {
      PerformanceObserver.prototype.observe = () => undefined;
    }));
});
