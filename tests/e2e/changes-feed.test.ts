/**
 * The changes as a subscriber gets them: each locale's Atom feed, found from the page's head, parsed
 * by Chromium's strict XML parser and checked against RFC 4287's required elements, then compared
 * with src/data/changelog.ts and the locale's text; and the "What's new" page lists the same.
 */
import {describe, expect, it} from 'vitest';
import {loadLocaleText} from '../../plugins/localized-data/load';
import {siteDir} from '../../lib/pages';
import {changelog} from '../../src/data/changelog';
import {localeCodes} from '../../src/i18n/locales';
import {localePrefix, sitemapPaths} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {visit} from './_lib/visit';

const site = useServedSite();
const allPaths = new Set(sitemapPaths().map((page) => page.path));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  summary: string;
  alternate: string;
  related: string[];
  categories: string[];
}

describe.each(localeCodes)('the %s feed of changes', (locale) => {
  const home = `/${localePrefix(locale)}`;

  it('is valid Atom and lists the changelog, newest first', async () => {
    const {page} = await visit(site.browser, `${site.server.origin}${home}`);
    try {
      const href = await page
        .locator('head link[rel="alternate"][type="application/atom+xml"]')
        .getAttribute('href');
      expect(href).toBe(`${home}changes.atom`);
      const response = await fetch(`${site.server.origin}${href}`);
      expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const xml = await response.text();
      const feed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.querySelector('parsererror');
        if (error) return {error: error.textContent ?? 'parse error'};
        const atom = 'http://www.w3.org/2005/Atom';
        const root = doc.documentElement;
        const child = (parent: Element, name: string) =>
          [...parent.children].filter((el) => el.namespaceURI === atom && el.localName === name);
        const textOf = (parent: Element, name: string) => child(parent, name)[0]?.textContent ?? '';
        const links = (parent: Element, rel: string) =>
          child(parent, 'link')
            .filter((link) => (link.getAttribute('rel') ?? 'alternate') === rel)
            .map((link) => link.getAttribute('href') ?? '');
        return {
          root: `${root.namespaceURI} ${root.localName}`,
          id: textOf(root, 'id'),
          title: textOf(root, 'title'),
          updated: textOf(root, 'updated'),
          author: child(root, 'author').map((author) => textOf(author, 'name')),
          self: links(root, 'self'),
          entries: child(root, 'entry').map((entry) => ({
            id: textOf(entry, 'id'),
            title: textOf(entry, 'title'),
            updated: textOf(entry, 'updated'),
            summary: textOf(entry, 'summary'),
            alternate: links(entry, 'alternate')[0] ?? '',
            related: links(entry, 'related'),
            categories: child(entry, 'category').map((el) => el.getAttribute('term') ?? ''),
          })),
        };
      }, xml);
      if ('error' in feed) throw new Error(`${href}: ${feed.error}`);
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.id).toMatch(new RegExp(`^https?://[^/]+/${localePrefix(locale)}changes\\.atom$`));
      expect(feed.self).toEqual([feed.id]);
      expect(feed.title).not.toBe('');
      expect(feed.author).toHaveLength(1);
      expect(feed.author[0]).not.toBe('');

      const text = (await loadLocaleText(siteDir, locale)).changelog as Record<
        string,
        {title: string; summary: string}
      >;
      const expected = [...changelog].sort((a, b) => b.date.localeCompare(a.date));
      const entries = feed.entries as ParsedEntry[];
      expect(entries.map((entry) => entry.id.split('#')[1])).toEqual(expected.map((e) => e.id));
      expect(feed.updated).toBe(`${expected[0]?.date}T00:00:00Z`);
      entries.forEach((entry, index) => {
        const change = expected[index];
        if (change === undefined) throw new Error('more entries than changes');
        const where = `${href} entry ${change.id}`;
        expect(entry.id, where).toMatch(/^https?:\/\/[^/]+\/.*whats-new#/);
        expect(entry.alternate, where).toBe(entry.id);
        expect(entry.updated, where).toBe(`${change.date}T00:00:00Z`);
        expect(plain(entry.title), where).toBe(plain(text[change.id]?.title ?? ''));
        expect(plain(entry.summary), where).toBe(plain(text[change.id]?.summary ?? ''));
        expect(entry.categories, where).toEqual([change.kind]);
        const paths = entry.related.map((url) => new URL(url).pathname);
        expect(paths, where).toEqual(
          change.pages.map((id) => `/${localePrefix(locale)}${id.replace(/\/?index$/, '')}`),
        );
        expect(
          paths.filter((path) => !allPaths.has(path)),
          `${where}: pages not built`,
        ).toEqual([]);
      });
    } finally {
      await page.close();
    }
  });

  it('matches the "What\'s new" page, corrections marked', async () => {
    const {page, consoleErrors} = await visit(
      site.browser,
      `${site.server.origin}/${localePrefix(locale)}whats-new`,
    );
    try {
      const ids = await page
        .locator('article li[id]')
        .evaluateAll((items) => items.map((item) => item.id));
      const expected = [...changelog].sort((a, b) => b.date.localeCompare(a.date));
      expect(ids).toEqual(expected.map((change) => change.id));
      const corrections = expected.filter((change) => change.kind === 'correction');
      const labels = await Promise.all(
        corrections.map((change) => page.locator(`li[id="${change.id}"] > span`).innerText()),
      );
      expect(new Set(labels).size, `labels: ${labels.join(', ')}`).toBe(1);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
