/**
 * Every page of both locales with JavaScript off (Tor Browser "Safest"): the article text is there,
 * the sidebar reaches every page, the language switch is a working link, and no script is fetched.
 */
import {describe, expect, it} from 'vitest';
import {localeCodes, localeInfo} from '../../src/i18n/locales';
import {localePrefix, sitemapPaths} from './_lib/browser';
import {useServedSite} from './_lib/site';

const pages = sitemapPaths();
const allPaths = new Set(pages.map((page) => page.path));
/** Pages outside the docs sidebar: the home page, the search page and the contributors' status page. */
const isSidebarPage = (path: string) =>
  !/^\/(en\/?)?$/.test(path) && !/\/(search|translation-status)$/.test(path);

const site = useServedSite({javaScriptEnabled: false});

describe.each(pages)('$path without JavaScript', ({locale, path}) => {
  it('shows its text, its sidebar and a working language switch', async () => {
    const page = await site.browser.newPage();
    // Code that cannot run is not worth a slow connection's time: no script is even fetched.
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    try {
      const response = await page.goto(`${site.server.origin}${path}`);
      expect(response?.status()).toBe(200);
      if (/\/search$/.test(path)) {
        const note = page.getByRole('note');
        expect(await note.innerText()).toMatch(/JavaScript/);
        const targets = await note
          .locator('a')
          .evaluateAll((links) =>
            links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
          );
        expect(
          targets.every((target) => allPaths.has(target)),
          `links of the notice: ${targets.join(', ')}`,
        ).toBe(true);
        expect(targets.length).toBe(2);
      } else {
        const text = await page.locator('main').innerText({timeout: 2000});
        expect(text.length, 'visible text of <main>').toBeGreaterThan(200);
      }
      if (isSidebarPage(path)) {
        const sidebarLinks = await page.$$eval('.theme-doc-sidebar-menu a[href]', (links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        );
        const localePages = pages
          .filter((other) => other.locale === locale && isSidebarPage(other.path))
          .map((other) => other.path);
        expect(
          localePages.filter((other) => !sidebarLinks.includes(other)),
          'pages the sidebar misses',
        ).toEqual([]);
      }
      const activeSections = await page.$$eval('.navbar a.navbar__link--active', (links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
      const section = /^(\/en)?\/(history|activity|cases|glossary)(?=\/|$)/.exec(path)?.[0];
      expect(activeSections, 'sections the navbar marks as current').toEqual(
        section ? [section] : [],
      );
      expect(scripts, 'scripts fetched').toEqual([]);
      for (const other of localeCodes.filter((code) => code !== locale)) {
        const href = await (
          await page.$(`.navbar a[lang="${localeInfo(other).htmlLang}"]`)
        )?.getAttribute('href');
        expect(
          href?.startsWith(`/${localePrefix(other)}`),
          `language switch to ${other}: ${href}`,
        ).toBe(true);
        expect(allPaths.has(href ?? ''), `language switch target ${href} is a page`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});

describe('the navbar search field without JavaScript', () => {
  it.each([
    {path: '/history/sphere', label: 'Поиск', searchPage: '/search'},
    {path: '/en/history/sphere', label: 'Search', searchPage: '/en/search'},
  ])(
    'on $path keeps out of autofill, and opens the search page, which says where to look instead',
    async ({path, label, searchPage}) => {
      const page = await site.browser.newPage();
      try {
        await page.goto(`${site.server.origin}${path}`);
        const field = page.getByRole('searchbox', {name: label});
        // Chromium stores a submitted field named `q` for other sites' fields (issue #18).
        expect(await field.getAttribute('autocomplete')).toBe('off');
        expect(await field.getAttribute('maxlength')).toBe('200');
        await field.fill('Сфера');
        await page.keyboard.press('Enter');
        await page.waitForURL(`${site.server.origin}${searchPage}?q=*`);
        expect(new URL(page.url()).searchParams.get('q')).toBe('Сфера');
        expect(await page.getByRole('note').innerText()).toMatch(/JavaScript/);
        // The title, which history and the tab switcher show, does not repeat the words.
        expect(await page.title()).not.toMatch(/Сфера/);
      } finally {
        await page.close();
      }
    },
  );
});
