/**
 * Names in running text: each `<Term>`'s tooltip gives the glossary's description in the page's
 * language, and the page's list of names holds its terms in glossary order. A page carries only its
 * own part of the glossary (plugins/remark-page-glossary.ts), in its HTML: the tooltip shows on
 * hover and keyboard focus (CSS), and Escape hides it (site.js). Names are given in the page's
 * language first.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {loadLocaleText} from '../../plugins/localized-data/load';
import {siteDir} from '../../lib/pages';
import {glossary} from '../../src/data/glossary';
import {localeCodes} from '../../src/i18n/locales';
import {typographyFor} from '../../src/i18n/typography';
import {localePrefix} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {visit} from './_lib/visit';

const site = useServedSite();

const termLinks = 'article a[aria-describedby][href*="/glossary/"]';

/** Each term in the page's text: its glossary id and the description its tooltip shows, if any. */
function termsShown(page: Page): Promise<{id: string; description: string | undefined}[]> {
  return page.$$eval(termLinks, (links) =>
    links.map((link) => ({
      id: new URL((link as HTMLAnchorElement).href).hash.slice(1),
      // The tooltip holds the names, then the description.
      description: document.getElementById(link.getAttribute('aria-describedby') ?? '')?.children[1]
        ?.textContent,
    })),
  );
}

/** Whether the tooltip of the first term on the page is shown. */
function firstTooltipShown(page: Page): Promise<boolean> {
  return page.$eval(termLinks, (link) => {
    const tooltip = document.getElementById(link.getAttribute('aria-describedby') ?? '');
    return tooltip !== null && getComputedStyle(tooltip).display !== 'none';
  });
}

function namesListed(page: Page): Promise<{id: string; text: string | null}[]> {
  return page.$$eval('section:has(> #names) li > a', (links) =>
    links.map((link) => ({
      id: new URL((link as HTMLAnchorElement).href).hash.slice(1),
      text: link.textContent,
    })),
  );
}

/** An entry's two names as the page writes them: the page's language first, written out here. */
function bothNames(id: string, locale: string): string {
  const entry = glossary.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`no glossary entry "${id}"`);
  return locale === 'en' ? `${entry.en} — ${entry.ru}` : `${entry.ru} — ${entry.en}`;
}

const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

async function expectPageTerms(page: Page, locale: string): Promise<void> {
  // The locale's text as the build reads and validates it.
  const descriptions = (await loadLocaleText(siteDir, locale)).glossary as Record<
    string,
    {description: string}
  >;
  const shown = await termsShown(page);
  expect(shown.length, 'terms on the page').toBeGreaterThan(0);
  for (const {id, description} of shown) {
    expect(description, `description of ${id}`).toBe(
      typographyFor(locale)(descriptions[id]?.description ?? ''),
    );
  }
  const ids = new Set(shown.map(({id}) => id));
  const inGlossaryOrder = glossary.map((entry) => entry.id).filter((id) => ids.has(id));
  const listed = await namesListed(page);
  expect(
    listed.map(({id}) => id),
    'list of names',
  ).toEqual(inGlossaryOrder);
  for (const {id, text} of listed) expect(text, `names of ${id}`).toBe(bothNames(id, locale));
}

describe.each(localeCodes)('terms (%s)', (locale) => {
  const base = `/${localePrefix(locale)}`;

  it('have their names and descriptions in the HTML, shown on hover, hidden by Escape', async () => {
    const {page} = await visit(site.browser, `${site.server.origin}${base}history/sphere`);
    try {
      await expectPageTerms(page, locale);
      expect(await firstTooltipShown(page), 'before the pointer comes').toBe(false);
      await page.hover(termLinks);
      expect(await firstTooltipShown(page), 'on hover').toBe(true);
      await page.focus(termLinks);
      await page.keyboard.press('Escape');
      expect(await firstTooltipShown(page), 'after Escape').toBe(false);
    } finally {
      await page.close();
    }
  });

  it('give their names in the link title without JavaScript, and only in their tooltip with it', async () => {
    const url = `${site.server.origin}${base}history/sphere`;
    const html = await (await fetch(url)).text();
    const links = [...html.matchAll(/<a [^>]*aria-describedby=[^>]*>/g)]
      .filter(([tag]) => tag.includes('/glossary/'))
      .map(([tag]) => ({
        // The minified HTML leaves an address without quotes.
        id: /href="?[^"#\s>]*#([^"\s>]+)/.exec(tag)?.[1] ?? '',
        title: unescapeAttribute(/title="([^"]+)"/.exec(tag)?.[1] ?? ''),
      }));
    expect(links.length, 'term links in the HTML').toBeGreaterThan(0);
    for (const {id, title} of links) expect(title, `title of ${id}`).toBe(bothNames(id, locale));
    const {page} = await visit(site.browser, url);
    try {
      expect(await page.locator(`${termLinks}[title]`).count(), 'titles left once hydrated').toBe(
        0,
      );
    } finally {
      await page.close();
    }
  });

  it('show their description on keyboard focus, and Escape hides it', async () => {
    const {page} = await visit(site.browser, `${site.server.origin}${base}history/sphere`);
    try {
      await page.mouse.move(0, 0);
      expect(await firstTooltipShown(page), 'before the focus comes').toBe(false);
      await page.focus(termLinks);
      expect(await firstTooltipShown(page), 'on focus').toBe(true);
      await page.keyboard.press('Escape');
      expect(await firstTooltipShown(page), 'after Escape').toBe(false);
      // Shown again once the focus leaves and comes back.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.focus(termLinks);
      expect(await firstTooltipShown(page), 'on focus again').toBe(true);
    } finally {
      await page.close();
    }
  });

  it('show their descriptions and are listed on the next page a link loads', async () => {
    const {page} = await visit(site.browser, `${site.server.origin}${base}`);
    try {
      await page.click(`.navbar a[href="${base}history"]`);
      await page.waitForURL(`**${base}history`);
      await page.waitForSelector(termLinks);
      await expectPageTerms(page, locale);
    } finally {
      await page.close();
    }
  });
});
