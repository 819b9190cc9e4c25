/**
 * The finished page (plugins/static-first/html.ts): the quick exit's script first in <body>; the
 * React bundles out and the site script in, with the colour mode's storage read from the theme's own
 * script; the search page left with React; a page finished once left alone. And site.js, plain
 * JavaScript that cannot import the site's constants, agrees with them.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  isSearchPage,
  quickExitTag,
  withoutHydration,
  withQuickExitScript,
} from '../../plugins/static-first/html';
import {
  historyChoiceAttribute,
  historyChoiceStorageKey,
} from '../../src/components/HistoryChoice/constants';
import {handedQueryKey} from '../../src/theme/SearchBar/_utils';

// As the stock template writes a page, minified.
const themeScript = `<script>!function(){try{return window.sessionStorage.getItem("theme")}catch(t){}}()</script>`;
const bundles = `<script src=/assets/js/runtime~main.1a.js defer></script><script src="/assets/js/main.2b.js" defer></script>`;
const page = (head: string) =>
  `<html><head>${head}</head><body class="x">${themeScript}<main>Text</main></body></html>`;
const siteUrl = '/assets/js/site.12345678.js';

describe('withoutHydration', () => {
  it('replaces the bundles with the site script, which gets the storage and its key', () => {
    const html = withoutHydration(
      page(`${bundles}<link rel=prefetch href=/assets/js/x.js>`),
      'a.html',
      siteUrl,
    );
    expect(html).not.toMatch(/main\.[12][ab]\.js|rel=prefetch/);
    expect(html).toContain(
      `<head><script src="${siteUrl}" defer data-theme-storage="sessionStorage" data-theme-key="theme"></script></head>`,
    );
    expect(html).toContain('<main>Text</main>');
    expect(withoutHydration(html, 'a.html', siteUrl)).toBe(html);
  });

  it('stops, naming the file, on a page whose template it does not know', () => {
    expect(() => withoutHydration(page(''), 'history/sphere.html', siteUrl)).toThrow(
      /history\/sphere\.html: no <script src=…\/assets\/js\/main/,
    );
    const noTheme = page(bundles).replace(themeScript, '');
    expect(() => withoutHydration(noTheme, 'index.html', siteUrl)).toThrow(
      /index\.html: no colour/,
    );
  });
});

describe('withQuickExitScript', () => {
  it('puts the script first in <body>, once', () => {
    const html = withQuickExitScript(page(bundles), 'a.html');
    expect(html).toContain(`<body class="x">${quickExitTag}${themeScript}`);
    expect(withQuickExitScript(html, 'a.html')).toBe(html);
    expect(() => withQuickExitScript('<p>x</p>', 'b.html')).toThrow(/b\.html: no <body>/);
  });
});

describe('isSearchPage', () => {
  it('is the search page of a locale, and no other', () => {
    expect(isSearchPage('search.html')).toBe(true);
    expect(isSearchPage('search/index.html')).toBe(true);
    expect(isSearchPage('history/search.html')).toBe(false);
    expect(isSearchPage('searching.html')).toBe(false);
  });
});

describe('site.js', () => {
  const code = readFileSync(
    path.join(__dirname, '..', '..', 'plugins', 'static-first', 'site.js'),
    'utf8',
  );
  it('uses the names the components and the search page use', () => {
    expect(code).toContain(`'${historyChoiceStorageKey}'`);
    expect(code).toContain(`input[${historyChoiceAttribute}]`);
    expect(code).toContain(`'${handedQueryKey}'`);
  });

  it('leaves the quick exit to the inline script', () => {
    expect(code).not.toMatch(/data-quick-exit|quick-exit-active|'Shift'/);
  });
});
