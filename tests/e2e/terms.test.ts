/**
 * Names in running text: each `<Term>`'s tooltip gives the glossary's description in the page's
 * language, and the page's list of names holds its terms in glossary order. A page carries only its
 * own part of the glossary (plugins/remark-page-glossary.ts), so both are checked on a first visit,
 * where React takes over the page's HTML, and after a move within the site, where the text comes
 * from the page's code alone.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {loadLocaleText} from '../../plugins/data-text/load';
import {siteDir} from '../../scripts/lib/pages';
import {glossary} from '../../src/data/glossary';
import {localeCodes} from '../../src/i18n/locales';
import {localePrefix} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {visit} from './_lib/visit';

const site = useServedSite();

const termLinks = 'article a[aria-describedby][href*="/glossary/"]';

/** Each term in the page's text: its glossary id and the description its tooltip shows. */
function termsShown(page: Page): Promise<{id: string; description: string}[]> {
  return page.$$eval(termLinks, (links) =>
    links.map((link) => ({
      id: new URL((link as HTMLAnchorElement).href).hash.slice(1),
      description:
        document.getElementById(link.getAttribute('aria-describedby') ?? '')?.lastElementChild
          ?.textContent ?? '',
    })),
  );
}

function namesListed(page: Page): Promise<string[]> {
  return page.$$eval('section:has(> #names) li > a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)),
  );
}

async function expectPageTerms(page: Page, locale: string): Promise<void> {
  // The locale's text as the build reads and validates it.
  const descriptions = (await loadLocaleText(siteDir, locale)).glossary as Record<
    string,
    {description: string}
  >;
  const shown = await termsShown(page);
  expect(shown.length, 'terms on the page').toBeGreaterThan(0);
  for (const {id, description} of shown) {
    expect(description, `description of ${id}`).toBe(descriptions[id]?.description);
  }
  const ids = new Set(shown.map(({id}) => id));
  const inGlossaryOrder = glossary.map((entry) => entry.id).filter((id) => ids.has(id));
  expect(await namesListed(page), 'list of names').toEqual(inGlossaryOrder);
}

describe.each(localeCodes)('terms (%s)', (locale) => {
  const base = `/${localePrefix(locale)}`;

  it('show their descriptions and are listed on a first visit', async () => {
    const {page} = await visit(site.browser, `${site.server.origin}${base}history/sphere`);
    try {
      await expectPageTerms(page, locale);
    } finally {
      await page.close();
    }
  });

  it('show their descriptions and are listed after a move within the site', async () => {
    const {page} = await visit(site.browser, `${site.server.origin}${base}`);
    try {
      await page.evaluate(() => ((window as {samePage?: boolean}).samePage = true));
      await page.click(`.navbar a[href="${base}history"]`);
      await page.waitForURL(`**${base}history`);
      await page.waitForSelector(termLinks);
      expect(await page.evaluate(() => (window as {samePage?: boolean}).samePage)).toBe(true);
      await expectPageTerms(page, locale);
    } finally {
      await page.close();
    }
  });
});
