/**
 * What a page loads, read from the built files and in a browser: a content page no script but
 * site.js (plugins/static-first), nothing from another site; and what the build leaves out of the
 * search pages' code and every page's styles (plugins/workarounds/bundle-cuts): each cut is a few KiB, and
 * nothing else would notice it coming back.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {leftOutInSelector} from '../../plugins/workarounds/bundle-cuts/leftOutCss';
import {isSearchPath} from '../../lib/firstVisit';
import {localeCodes} from '../../src/i18n/locales';
import {buildDir, localePrefix, sitemapPaths} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {offSiteRequests, visit} from './_lib/visit';

const site = useServedSite();

/** Every built file of one kind in each locale's `assets/<kind>/`. */
function builtAssets(kind: 'js' | 'css'): {file: string; code: string}[] {
  return localeCodes.flatMap((locale) => {
    const dir = path.join(buildDir, localePrefix(locale), 'assets', kind);
    return readdirSync(dir)
      .filter((file) => file.endsWith(`.${kind}`))
      .map((file) => ({
        file: `${localePrefix(locale)}${file}`,
        code: readFileSync(path.join(dir, file), 'utf8'),
      }));
  });
}

const scripts = builtAssets('js');
const stylesheets = builtAssets('css');
const filesMatching = (files: typeof scripts, pattern: RegExp): string[] =>
  files.filter(({code}) => pattern.test(code)).map(({file}) => file);

/**
 * What each cut of plugins/workarounds/bundle-cuts keeps out of the search pages' code, by a string only the
 * left-out code has: a cut that stops applying (an upstream file moved, an alias no longer matches)
 * fails here by name, before the page weight shows it.
 */
describe('code the site leaves out', () => {
  it.each([
    // prism-react-renderer's grammar registry, loaded by the theme's prism-include-languages.
    {cut: 'Prism', pattern: /\.languages\.extend\(/},
    // Docusaurus's prefetch helper (lib/client/prefetch.js) adds <link rel="prefetch"> for links in view.
    {cut: 'prefetch on sight', pattern: /setAttribute\("rel","prefetch"\)/},
  ])('leaves out $cut', ({pattern}) => {
    expect(filesMatching(scripts, pattern)).toEqual([]);
  });

  it('drops the styles of the theme parts no page shows', () => {
    expect(stylesheets.length).toBeGreaterThan(0);
    // Cascade layers are named after plugins (`@layer docusaurus.plugin-debug`): not selectors.
    const selectorsOnly = stylesheets.map(({file, code}) => ({
      file,
      code: code.replace(/@layer[^{;]*/g, '@layer'),
    }));
    expect(filesMatching(selectorsOnly, leftOutInSelector)).toEqual([]);
    // The rule must not empty the stylesheet: the theme's own classes stay.
    expect(filesMatching(stylesheets, /\.navbar__brand/)).toHaveLength(stylesheets.length);
  });
});

/** The scripts a built page loads by address (`<script src=…>`), as written in its HTML. */
function scriptsOf(pagePath: string): string[] {
  const file = path.join(
    buildDir,
    pagePath === '/' ? 'index.html' : `${pagePath.replace(/\/$/, '/index')}.html`,
  );
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((match) => match[1] ?? '');
}

describe('what a page loads', () => {
  const pages = sitemapPaths().map(({path: pagePath}) => pagePath);

  it('is site.js alone on every content page, the React bundles on the search pages', () => {
    const contentPages = pages.filter((pagePath) => !isSearchPath(pagePath));
    expect(contentPages.length).toBeGreaterThan(60);
    const others = contentPages
      .map((pagePath) => ({pagePath, scripts: scriptsOf(pagePath)}))
      .filter(
        ({scripts}) =>
          scripts.length !== 1 || !/\/assets\/js\/site\.[0-9a-f]{8}\.js$/.test(scripts[0] ?? ''),
      );
    expect(others).toEqual([]);
    for (const searchPage of pages.filter(isSearchPath)) {
      expect(
        scriptsOf(searchPage).some((src) => /\/main\.[^/]+\.js$/.test(src)),
        searchPage,
      ).toBe(true);
    }
  });

  it.each(['/', '/history/sphere', '/en/history/timeline'])(
    'requests no other script on %s in a browser, and nothing from another site',
    async (pagePath) => {
      const {page, requests} = await visit(site.browser, `${site.server.origin}${pagePath}`);
      try {
        const scripts = requests.filter((url) => /\.js(\?|$)/.test(url));
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toMatch(/\/assets\/js\/site\.[0-9a-f]{8}\.js$/);
        expect(offSiteRequests(requests, site.server.origin)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
