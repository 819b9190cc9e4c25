/**
 * Every page of both locales, in a real browser: it loads, hydrates without a console error or a
 * hydration mismatch and without moving or rebuilding the page, asks nothing of any other site, names
 * its links to headings after them, links its counterpart in the other language, for a doc page,
 * says in its language when it was last reviewed, and has no serious accessibility violation (axe)
 * in light or dark mode. One visit a page for all of it: loading each page again for axe took as long
 * as the rest of the suite.
 */
import {describe, expect, it} from 'vitest';
import {localeCodes, localeInfo} from '../../src/i18n/locales';
import {seriousViolations} from './_lib/axe';
import {sitemapPaths} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {offSiteRequests, visit} from './_lib/visit';

const pages = sitemapPaths();
const allPaths = new Set(pages.map((page) => page.path));
const site = useServedSite();

/** A doc page's review line, its date formatted in the build (plugins/remark-last-reviewed.ts). */
const reviewLine: Readonly<Record<string, RegExp>> = {
  ru: /^Проверено \d{1,2}\u00A0[а-я]+ \d{4}\u00A0г\.$/,
  en: /^Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}$/,
};

describe('sitemaps', () => {
  it.each(localeCodes)('list pages of %s', (locale) => {
    expect(pages.filter((page) => page.locale === locale).length).toBeGreaterThan(30);
  });
});

describe.each(pages)('$path', ({locale, path}) => {
  it('loads cleanly, stays on the site and links its counterpart', async () => {
    const {page, status, consoleErrors, requests} = await visit(
      site.browser,
      `${site.server.origin}${path}`,
    );
    try {
      expect(status, 'HTTP status').toBe(200);
      expect(consoleErrors, 'console errors and warnings').toEqual([]);
      expect(offSiteRequests(requests, site.server.origin), 'requests off the site').toEqual([]);
      // A heading's or a row's link to itself is named after its text, not after its id; a list
      // entry's after its first words (plugins/remark-entry-ids.ts), which end in "…" when cut.
      const headingLinks = await page.$$eval('.hash-link', (links) =>
        links.map((link) => {
          const squeeze = (text: string) => text.replace(/[\s\u200b]/g, '');
          // Its text as the label takes it: without the terms' tooltips and the citation marks.
          const parent = link.parentElement?.cloneNode(true) as HTMLElement | undefined;
          parent?.querySelectorAll('[role="tooltip"], sup').forEach((aside) => aside.remove());
          const heading = squeeze(parent?.textContent ?? '');
          const label = link.getAttribute('aria-label') ?? '';
          const cut = squeeze(label).match(/(.{12})…$/)?.[1];
          const named =
            squeeze(label).endsWith(heading) || (cut !== undefined && heading.includes(cut));
          return {label, named: heading !== '' && named};
        }),
      );
      expect(
        headingLinks.filter(({named}) => !named),
        'links to headings',
      ).toEqual([]);
      if (await page.$('html.docs-doc-page')) {
        const reviewed = await page.$eval('article p:has(> time[datetime])', (line) => ({
          text: line.textContent,
          date: line.querySelector('time')?.getAttribute('datetime'),
        }));
        expect(reviewed.text, 'review line').toMatch(reviewLine[locale] ?? /^$/);
        expect(reviewed.date, 'review date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const other of localeCodes.filter((code) => code !== locale)) {
        const {htmlLang} = localeInfo(other);
        // `$` does not wait: a missing element fails at once instead of after the action timeout.
        const alternate = await page.$(`link[rel="alternate"][hreflang="${htmlLang}"]`);
        const counterpart = new URL(
          (await alternate?.getAttribute('href')) ?? '',
          site.server.origin,
        ).pathname;
        expect(allPaths.has(counterpart), `hreflang ${htmlLang} → ${counterpart} is a page`).toBe(
          true,
        );
        const languageSwitch = await page.$(`.navbar a[lang="${htmlLang}"]`);
        expect(await languageSwitch?.getAttribute('href'), `language switch to ${other}`).toBe(
          counterpart,
        );
      }
      // The page opens in the system's colour scheme (light here) and follows it when it changes, as
      // a phone does at dusk: the same page, in the same visit, in dark mode.
      expect(await page.getAttribute('html', 'data-theme'), 'colour mode at load').toBe('light');
      expect(await seriousViolations(page), 'axe, light mode').toEqual([]);
      await page.emulateMedia({colorScheme: 'dark'});
      await page.waitForSelector('html[data-theme="dark"]', {timeout: 10_000});
      // The theme's colours fade over a short transition: axe must not sample them halfway.
      await page.waitForFunction(() => document.getAnimations().length === 0, undefined, {
        timeout: 10_000,
      });
      expect(await seriousViolations(page), 'axe, dark mode').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
