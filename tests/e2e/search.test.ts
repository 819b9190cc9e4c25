/**
 * Search quality on the built site, through the contract URL `/search?q=…`: queries real readers
 * type (tests/e2e/_data/searchQueries.ts), scored per locale by where the expected page comes among
 * the pages listed: first, in the top 3, in the top 5.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {useServedSite} from './_lib/site';
import {buildDir} from './_lib/browser';
import {searchField, searchIndexFolder} from '../../lib/searchPage';
import {manifestFile, type SearchManifest} from '../../plugins/search-on-demand/shardFormat';
import {handedQueryKey} from '../../src/theme/SearchBar/_utils';
import {codeRunning} from './_lib/visit';
import {searchHeldOut} from './_data/searchHeldOut';
import {searchQueries, type SearchLocale, type SearchQuery} from './_data/searchQueries';

interface Query extends SearchQuery {
  readonly locale: SearchLocale;
}

/**
 * Goals of issue #19 are first ≥ 75 %, top 3 ≥ 95 %. The suite asserts the figures seen on the
 * built site (printed by the test), so that a ranking change cannot lower them.
 */
const requiredShares: Readonly<Record<SearchLocale, {first: number; top3: number; top5: number}>> =
  {
    // Seen on 2 December 2026 over the sharded index, with the year and reader-word rules and 74
    // queries more (plugins/search-on-demand): ru 168, 171 and 171 of 171; en 157, 159 and 159 of
    // 159. Before them: ru 127, 130, 131 of 131; en 119, 123, 123 of 125. Before pages were ranked
    // rather than sections, with the named page first: ru 84, 94, 99 of 109; en 80, 89, 94 of 103.
    ru: {first: 0.982, top3: 1, top5: 1},
    en: {first: 0.987, top3: 1, top5: 1},
  };
const site = useServedSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

/** The first five distinct pages the search page lists for `q`, without locale prefix or anchor. */
async function topPages({locale, q}: Query): Promise<string[]> {
  const prefix = locale === 'en' ? '/en' : '';
  await page.goto(`${site.server.origin}${prefix}/search?q=${encodeURIComponent(q)}`);
  await page.waitForSelector(codeRunning);
  // A page that never shows results or a count fails here: a timeout is not a miss.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.main-wrapper article a[href]').length > 0 ||
      /0|no |не/i.test(document.querySelector('.main-wrapper p')?.textContent ?? ''),
    undefined,
    {timeout: 10_000},
  );
  const hrefs = await page.$$eval('.main-wrapper article a[href]', (links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  const pages = hrefs.map((href) => href.split('#')[0]?.replace(/^\/en(?=\/|$)/, '') || '/');
  return [...new Set(pages)].slice(0, 5);
}

/** Where each query's expected page comes, and the misses, printed with the three figures. */
async function evaluate(locale: SearchLocale, name: string, queries: readonly SearchQuery[]) {
  const ranks: number[] = [];
  const misses: string[] = [];
  for (const query of queries) {
    const found = await topPages({...query, locale});
    const rank = found.indexOf(query.expected) + 1;
    ranks.push(rank);
    if (rank !== 1)
      misses.push(
        `"${query.q}" → ${found.join(', ') || 'nothing'} (expected ${query.expected}${rank ? ` at ${rank}` : ''})`,
      );
  }
  const share = (within: number) =>
    ranks.filter((rank) => rank >= 1 && rank <= within).length / queries.length;
  const figures = {first: share(1), top3: share(3), top5: share(5)};
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  console.log(
    `search ${name} (${locale}, ${queries.length} queries): first ${percent(figures.first)}, top 3 ${percent(figures.top3)}, top 5 ${percent(figures.top5)}${misses.map((miss) => `\n  not first: ${miss}`).join('')}`,
  );
  return {figures, misses};
}

describe('search evaluation', () => {
  it.each(['ru', 'en'] as const)(
    '(%s) puts the expected page first, in the top 3 and in the top 5 often enough',
    async (locale) => {
      const {figures, misses} = await evaluate(locale, 'evaluation', searchQueries[locale]);
      const required = requiredShares[locale];
      expect(figures.first, misses.join('\n')).toBeGreaterThanOrEqual(required.first);
      expect(figures.top3, misses.join('\n')).toBeGreaterThanOrEqual(required.top3);
      expect(figures.top5, misses.join('\n')).toBeGreaterThanOrEqual(required.top5);
    },
    600_000,
  );

  // Reported, not asserted: a mark here would invite tuning on them (tests/e2e/_data/searchHeldOut.ts).
  it.each(['ru', 'en'] as const)(
    '(%s) reports the held-out queries apart',
    async (locale) => {
      const {figures} = await evaluate(locale, 'held-out', searchHeldOut[locale]);
      expect(figures.top5).toBeGreaterThan(0);
    },
    120_000,
  );
});

/**
 * One query per search feature that must find its page whatever the overall mark: each fails when
 * its feature is taken out (the ё/е fold of plugins/workarounds/search-yo-folding, the oblique forms of
 * src/data/glossary/searchForms.ts, the names in the other script).
 */
const mustPass: readonly (Query & {readonly feature: string})[] = [
  {feature: 'е for ё', locale: 'ru', q: 'сестры', expected: '/cases/dagestan-sisters'},
  {feature: 'an oblique surname', locale: 'ru', q: 'Истеева', expected: '/history/founding'},
  {feature: 'an oblique surname', locale: 'ru', q: 'Лапуновым', expected: '/cases/maxim-lapunov'},
  {
    feature: 'Latin on the Russian site',
    locale: 'ru',
    q: 'Arsamikov',
    expected: '/cases/idris-arsamikov',
  },
  {
    feature: 'Cyrillic on the English site',
    locale: 'en',
    q: 'Арсамиков',
    expected: '/cases/idris-arsamikov',
  },
  {feature: 'Cyrillic on the English site', locale: 'en', q: 'Марем', expected: '/activity/marem'},
];

describe('search features', () => {
  it.each(mustPass)('$feature: ($locale) "$q" finds $expected', async (query) => {
    expect(await topPages(query)).toContain(query.expected);
  });
});

/**
 * Issue #19's rules, each with queries whose page must come first: each fails when its rule is
 * taken out (entityFirst.ts, src/data/searchSynonyms.ts, the page-level ranking of pageSearch.ts,
 * the sources and the names kept out of the index, src/components/searchSkip.ts).
 */
const mustBeFirst: readonly (Query & {readonly rule: string})[] = [
  {
    rule: 'a person’s case page',
    locale: 'ru',
    q: 'Сулейманову',
    expected: '/cases/seda-suleimanova',
  },
  {
    rule: 'a person’s case page',
    locale: 'en',
    q: 'Сулейманова',
    expected: '/cases/seda-suleimanova',
  },
  {rule: 'a glossary entry', locale: 'ru', q: 'Махачкала', expected: '/glossary/places'},
  {rule: 'a glossary entry', locale: 'en', q: 'Махачкала', expected: '/glossary/places'},
  {rule: 'a glossary entry', locale: 'ru', q: 'Vladimir Putin', expected: '/glossary/people'},
  {rule: 'a reader’s word', locale: 'ru', q: 'тор браузер', expected: '/safety'},
  {rule: 'a reader’s word', locale: 'ru', q: 'как связаться', expected: '/about'},
  {rule: 'a reader’s word', locale: 'en', q: 'purge', expected: '/history/chechnya-2017'},
  {
    rule: 'a name’s variant and a topic word',
    locale: 'en',
    q: 'Khizriev sisters',
    expected: '/cases/dagestan-sisters',
  },
  {
    rule: 'not through a source’s headline',
    locale: 'en',
    q: 'honor killings chechnya',
    expected: '/history/honour-killings',
  },
  {
    rule: 'not through a source’s headline',
    locale: 'en',
    q: 'gay men forced to fight in ukraine',
    expected: '/cases/forced-conscription',
  },
];

describe('search rules (issue #19)', () => {
  it.each(mustBeFirst)('$rule: ($locale) "$q" opens with $expected', async (query) => {
    expect((await topPages(query))[0]).toBe(query.expected);
  });

  it.each([
    {prefix: '', q: 'эвакуация', count: /^Найден[оа] (\d+) страниц/},
    {prefix: '/en', q: 'evacuation', count: /^(\d+) pages? found/},
  ])(
    '($prefix) lists each page once, counts pages, and repeats no breadcrumb',
    async ({prefix, q, count}) => {
      await page.goto(`${site.server.origin}${prefix}/search?q=${encodeURIComponent(q)}`);
      await page.locator('.main-wrapper article a[href]').first().waitFor({timeout: 10_000});
      const pages = await page.$$eval('.main-wrapper article h2 a[href]', (links) =>
        links.map((link) => link.getAttribute('href')?.split('#')[0] ?? ''),
      );
      expect(new Set(pages).size).toBe(pages.length);
      const shown = await page.locator('.main-wrapper p').first().textContent();
      expect(Number(count.exec(shown ?? '')?.[1])).toBe(pages.length);
      const crumbs = await page.$$eval('.main-wrapper article p', (paths) =>
        paths.map((path) => path.textContent ?? '').filter((text) => text.includes(' › ')),
      );
      expect(crumbs.length).toBeGreaterThan(0);
      for (const path of crumbs) {
        const items = path.split(' › ');
        expect(
          items.filter((item, n) => item === items[n - 1]),
          path,
        ).toEqual([]);
      }
    },
  );
});

describe('the navbar search field', () => {
  it.each([
    {
      locale: 'ru',
      path: '/history/sphere',
      q: 'Арсамиков',
      label: 'Поиск',
      expected: '/cases/idris-arsamikov',
    },
    {
      locale: 'en',
      path: '/en/history/sphere',
      q: 'Arsamikov',
      label: 'Search',
      expected: '/en/cases/idris-arsamikov',
    },
  ])(
    '($locale) takes Ctrl+K on a content page, opens the search page with the words, and leads to the page',
    async ({path, q, label, expected}) => {
      await page.goto(`${site.server.origin}${path}`);
      await page.waitForSelector(codeRunning);
      await page.keyboard.press('Control+KeyK');
      await page.keyboard.type(q);
      const field = page.getByRole('searchbox', {name: label});
      expect(await field.inputValue()).toBe(q);
      expect(await field.getAttribute('autocomplete')).toBe('off');
      expect(await field.getAttribute('maxlength')).toBe('200');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.endsWith('/search') && url.search === '');
      const result = page.locator(`.main-wrapper article a[href^="${expected}"]`).first();
      await result.waitFor({timeout: 10_000});
      const handed = await page.evaluate((key) => sessionStorage.getItem(key), handedQueryKey);
      expect(handed, 'words left in the tab’s storage').toBeNull();
      await result.click();
      await page.waitForURL((url) => url.pathname === expected);
    },
  );
});

describe('the search page', () => {
  it('fetches the search index only once the reader types, then only the parts the words need', async () => {
    const indexRequests: string[] = [];
    const onRequest = (request: {url(): string}) => {
      const {pathname} = new URL(request.url());
      if (pathname.includes(`/${searchIndexFolder}/`)) indexRequests.push(pathname);
    };
    page.on('request', onRequest);
    try {
      await page.goto(`${site.server.origin}/search`, {waitUntil: 'networkidle'});
      await page.waitForSelector(codeRunning);
      expect(indexRequests).toEqual([]);
      await page.locator(searchField).pressSequentially('Арсамиков');
      await page.locator('.main-wrapper article a[href]').first().waitFor({timeout: 10_000});
      expect(indexRequests).toContain(`/${searchIndexFolder}/${manifestFile}`);
      const {shardCount} = JSON.parse(
        readFileSync(path.join(buildDir, searchIndexFolder, manifestFile), 'utf8'),
      ) as SearchManifest;
      const shards = new Set(indexRequests.filter((request) => /\/t\d+\.json$/.test(request)));
      expect(shards.size).toBeGreaterThan(0);
      // Typed a letter at a time, the words' prefixes fetch a few shards more than the name.
      expect(shards.size).toBeLessThan(shardCount / 4);
    } finally {
      page.off('request', onRequest);
    }
  });
});

describe('the search page, when its index files are slow or gone', () => {
  const shardOrSection = `**/${searchIndexFolder}/*/*.json`;

  it('shows nothing once the field is cleared, though a search was still waiting for its files', async () => {
    const fresh = await site.browser.newPage();
    try {
      await fresh.route(shardOrSection, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await fresh.goto(`${site.server.origin}/search`);
      await fresh.waitForSelector(codeRunning);
      const field = fresh.locator(searchField);
      await field.fill('Арсамиков');
      await field.fill('');
      await fresh.waitForTimeout(2000);
      expect(await fresh.locator('.main-wrapper article').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('opens the index again when a file it names is gone (the site rebuilt), and answers', async () => {
    const fresh = await site.browser.newPage();
    const manifests: string[] = [];
    fresh.on('request', (request) => {
      if (request.url().endsWith(`/${searchIndexFolder}/${manifestFile}`))
        manifests.push(request.url());
    });
    try {
      let gone = true;
      await fresh.route(shardOrSection, async (route) => {
        if (gone) {
          gone = false;
          await route.fulfill({status: 404, body: 'Not found'});
        } else await route.continue();
      });
      await fresh.goto(`${site.server.origin}/search?q=${encodeURIComponent('Арсамиков')}`);
      await fresh
        .locator('.main-wrapper article a[href^="/cases/idris-arsamikov"]')
        .first()
        .waitFor({timeout: 10_000});
      expect(manifests).toHaveLength(2);
    } finally {
      await fresh.close();
    }
  });
});

describe('the search words in history (issue #18)', () => {
  it.each([
    {prefix: '', q: 'Арсамиков', title: 'Поиск по справочнику'},
    {prefix: '/en', q: 'Arsamikov', title: 'Search this reference'},
  ])(
    '($prefix) leave the address once read, stay out of the title, and come back with Back',
    async ({prefix, q, title}) => {
      await page.goto(`${site.server.origin}${prefix}/search?q=${encodeURIComponent(q)}`);
      await page.waitForSelector(codeRunning);
      const result = page.locator('.main-wrapper article a[href]').first();
      await result.waitFor({timeout: 10_000});
      expect(new URL(page.url()).search).toBe('');
      expect(await page.title()).toBe(title);
      const field = page.locator(searchField);
      expect(await field.inputValue()).toBe(q);
      expect(await field.getAttribute('autocomplete')).toBe('off');
      expect(await field.getAttribute('maxlength')).toBe('200');
      // Typed on the page, the words stay out of the address as well.
      await field.pressSequentially(' ');
      expect(new URL(page.url()).search).toBe('');
      // Kept in the page's memory: Back from a result shows the results again.
      await result.click();
      await page.waitForURL((url) => !url.pathname.endsWith('/search'));
      await page.goBack();
      await page.locator('.main-wrapper article a[href]').first().waitFor({timeout: 10_000});
      expect(await field.inputValue()).toBe(`${q} `);
      expect(page.url()).toBe(`${site.server.origin}${prefix}/search`);
    },
  );

  it('from the navbar field, never enter the address once the site’s code runs', async () => {
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => addresses.push(frame.url()));
    try {
      await page.goto(`${site.server.origin}/history/sphere`);
      await page.waitForSelector(codeRunning);
      await page.$eval('form[role="search"]', (form) => {
        const field = (form as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
        field.value = 'Сфера';
        (form as HTMLFormElement).requestSubmit();
      });
      await page.locator('.main-wrapper article a[href]').first().waitFor({timeout: 10_000});
      expect(addresses.filter((address) => address.includes('?'))).toEqual([]);
    } finally {
      page.removeAllListeners('framenavigated');
    }
  });
});
