/**
 * A reader's browser profile on disk after a visit, read as someone who takes the phone would read it
 * (issue #18): a saved Chromium profile searched without and with JavaScript, the colour theme
 * toggled, three pages read, the quick exit taken. Then the browser is closed and its files read:
 * the autofill table, the site's localStorage, and the history that docs/safety.mdx describes.
 * The `sqlite3` command-line tool reads Chromium's databases (Debian's package, installed by .ci/run).
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {type BrowserContext, chromium, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {chromiumFlags, chromiumPath} from '../../lib/chromium';
import {searchField, searchIndexFolder} from '../../lib/searchPage';
import {type RunningServer, serveStatic} from '../../lib/staticServer';
import {manifestFile, type SearchManifest} from '../../plugins/search-on-demand/shardFormat';
import {localeInfo} from '../../src/i18n/locales';
import {buildDir} from './_lib/browser';
import {codeRunning} from './_lib/visit';

/** Searched with JavaScript off (the navbar's plain form) and on (the search page's field). */
const noJsQuery = 'Чечня ЛГБТ';
const jsQuery = 'Арсамиков';
const profiles: string[] = [];
let server: RunningServer;

beforeAll(async () => {
  server = await serveStatic(buildDir);
});

afterAll(async () => {
  await server?.close();
  for (const profile of profiles) rmSync(profile, {recursive: true, force: true});
});

/** Both languages; the English visit on a phone-sized screen, where the navbar's links are in a menu. */
const visits = [
  {
    locale: 'ru',
    prefix: '',
    viewport: {width: 1280, height: 800},
    searchLabel: 'Поиск',
    exitLabel: 'Быстрый выход',
  },
  {
    locale: 'en',
    prefix: '/en',
    viewport: {width: 390, height: 844},
    searchLabel: 'Search',
    exitLabel: 'Exit this page',
  },
] as const;

type Visit = (typeof visits)[number];

describe.each(visits)(
  'a saved browser profile after a visit ($locale, $viewport.width px)',
  (visit) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'nc-sos-profile-'));
    profiles.push(profile);
    const exitUrl = localeInfo(visit.locale).quickExitUrl;
    const at = (pagePath: string) => `${server.origin}${visit.prefix}${pagePath}`;

    /** One browser session on the profile, closed afterwards so that Chromium writes its files. */
    async function session(javaScriptEnabled: boolean, use: (page: Page) => Promise<void>) {
      const context: BrowserContext = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        args: chromiumFlags,
        javaScriptEnabled,
        viewport: visit.viewport,
        hasTouch: visit.viewport.width < 500,
      });
      try {
        await context.route(`${exitUrl}**`, (route) =>
          route.fulfill({contentType: 'text/html', body: '<title>Погода</title><p>Погода</p>'}),
        );
        await use(context.pages()[0] ?? (await context.newPage()));
      } finally {
        await context.close();
      }
    }

    /** Rows of a query on one of the profile's SQLite databases. */
    function rows<Row>(database: string, sql: string): Row[] {
      const file = path.join(profile, 'Default', database);
      const out = execFileSync('sqlite3', ['-json', '-readonly', file, sql], {encoding: 'utf8'});
      return out.trim() === '' ? [] : (JSON.parse(out) as Row[]);
    }

    beforeAll(async () => {
      await session(false, (page) => searchWithoutJavaScript(page, visit, at));
      await session(true, (page) => readAndExit(page, visit, at, exitUrl));
    }, 120_000);

    it('has no autofill entry for either search', () => {
      const entries = rows<{name: string; value: string}>(
        'Web Data',
        'SELECT name, value FROM autofill',
      );
      expect(entries.filter(({value}) => value === noJsQuery || value === jsQuery)).toEqual([]);
    });

    it('keeps nothing in the site’s localStorage', async () => {
      let stored = -1;
      await session(true, async (page) => {
        await page.goto(`${server.origin}/404.html`, {waitUntil: 'domcontentloaded'});
        stored = await page.evaluate(() => localStorage.length);
      });
      expect(stored).toBe(0);
    });

    it('has the history the safety page describes', () => {
      const visited = rows<{url: string; title: string}>('History', 'SELECT url, title FROM urls');
      const urls = visited.map(({url}) => decodeURIComponent(url.replace(/\+/g, ' ')));
      const titles = visited.map(({title}) => title).join('\n');
      // Without JavaScript, the form's address keeps the words: the page says so.
      expect(urls).toContain(`${at('/search')}?q=${noJsQuery}`);
      // With it, the words typed on the search page never enter the address, and no title has them.
      expect(urls.filter((url) => url.includes(jsQuery))).toEqual([]);
      expect(titles).not.toContain(jsQuery);
      expect(titles).not.toContain(noJsQuery);
      // Every page read stays in the history list, and the quick exit's destination joins it.
      for (const read of ['/history/sphere', '/search', '/history', '/activity', '/cases']) {
        expect(urls).toContain(at(read));
      }
      expect(urls).toContain(exitUrl);
    });
  },
);

const hydrated = (page: Page) => page.waitForSelector(codeRunning);

/** The navbar's plain form, typed into as a reader types, and sent with Enter. */
async function searchWithoutJavaScript(page: Page, visit: Visit, at: (path: string) => string) {
  await page.goto(at('/history/sphere'));
  const field = page.getByRole('searchbox', {name: visit.searchLabel});
  await field.pressSequentially(noJsQuery);
  await field.press('Enter');
  await page.waitForURL(/\/search\?q=/);
}

/** A search on the search page, the theme toggled, three sections read, and the quick exit. */
async function readAndExit(
  page: Page,
  visit: Visit,
  at: (path: string) => string,
  exitUrl: string,
) {
  await page.goto(at('/search'));
  await hydrated(page);
  await page.locator(searchField).pressSequentially(jsQuery);
  await page.locator('.main-wrapper article a[href]').first().waitFor({timeout: 10_000});
  const phone = visit.viewport.width < 997;
  // On a phone the toggle is in the navbar's menu.
  const menu = page.locator(phone ? '.navbar-sidebar' : '.navbar');
  if (phone) await page.locator('.navbar__toggle').click();
  const toggle = menu.locator('button[class*="toggleButton"]:visible');
  await toggle.click();
  await toggle.click();
  if (phone) await page.locator('.navbar-sidebar__close').click();
  for (const section of ['/history', '/activity', '/cases']) {
    // On a phone the menu shows a section's own pages once one is open: go by address there.
    if (phone) await page.goto(at(section));
    else await menu.locator(`a[href="${visit.prefix}${section}"]`).first().click();
    await page.waitForURL((url) => url.pathname === `${visit.prefix}${section}`);
  }
  await page.getByRole('link', {name: visit.exitLabel, exact: true}).click();
  await page.waitForURL(`${exitUrl}**`);
}

/**
 * The parts of the index a search fetches depend on its words (plugins/search-on-demand): the
 * browser must not keep them in its cache, where they would say what was searched for. Its own
 * profile and session, without the request routing above, which turns Playwright's cache off.
 */
describe.each(visits)('the browser’s cache after a search ($locale)', (visit) => {
  const profile = mkdtempSync(path.join(tmpdir(), 'nc-sos-cache-'));
  profiles.push(profile);
  const localeBuild = path.join(buildDir, visit.prefix);

  beforeAll(async () => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumFlags,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${visit.prefix}/search`);
      await hydrated(page);
      await page.locator(searchField).pressSequentially(jsQuery);
      await page.locator('.main-wrapper article a[href]').first().waitFor({timeout: 10_000});
    } finally {
      await context.close();
    }
  }, 60_000);

  it('holds the index’s manifest, but none of the parts the words fetched', () => {
    const {folder} = JSON.parse(
      readFileSync(path.join(localeBuild, searchIndexFolder, manifestFile), 'utf8'),
    ) as SearchManifest;
    // Chromium's HTTP cache, each entry's file beginning with its URL.
    const cacheDir = path.join(profile, 'Default', 'Cache', 'Cache_Data');
    const cached = readdirSync(cacheDir)
      .map((name) => path.join(cacheDir, name))
      .filter((file) => statSync(file).isFile())
      .map((file) => readFileSync(file).toString('latin1'));
    // The cache keeps the index's files it may keep: the manifest, fetched in the same search.
    const manifestUrl = `${visit.prefix}/${searchIndexFolder}/${manifestFile}`;
    expect(cached.some((text) => text.includes(manifestUrl))).toBe(true);
    const parts = cached.flatMap((text) =>
      [...text.matchAll(new RegExp(`${searchIndexFolder}/${folder}/[st]\\d+\\.json`, 'g'))].map(
        (match) => match[0],
      ),
    );
    expect(parts).toEqual([]);
  });
});
