/**
 * Data views, read in the browser after hydration. The A–Z index (А–Я in Russian), a way in that needs
 * no search: every page under its initial, in the locale's alphabetical order. The glossary: every
 * name on its first page, each linked to its entry on its kind's page. The cases table: every
 * case, titled in the page's language, linked to its page. The figures table: the total counted in
 * the page's language. The sources: dated in the page's language. The build sorts the index and
 * renders the data's text and the dates (plugins/localized-data); these read what the reader gets.
 */
import {describe, expect, it} from 'vitest';
import {loadLocaleText} from '../../plugins/localized-data/load';
import {listPages, siteDir} from '../../lib/pages';
import {cases} from '../../src/data/cases';
import {glossary, glossaryKindSlugs, glossaryKinds} from '../../src/data/glossary';
import {totalSince2017} from '../../src/data/figures';
import {alphabetical, filingText} from '../../src/i18n/alphabetical';
import {localeCodes, sourceLocale} from '../../src/i18n/locales';
import {typographyFor} from '../../src/i18n/typography';
import {localePrefix} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {visit} from './_lib/visit';

const site = useServedSite();

describe.each(localeCodes)('A–Z index (%s)', (locale) => {
  it('lists the pages under their initials, in alphabetical order', async () => {
    const {page} = await visit(
      site.browser,
      `${site.server.origin}/${localePrefix(locale)}glossary/a-z`,
    );
    try {
      const sections = await page.$$eval('article section', (nodes) =>
        nodes.map((section) => ({
          initial: section.querySelector('h2')?.firstChild?.textContent ?? '',
          titles: [...section.querySelectorAll('li > a')].map((link) => link.textContent ?? ''),
        })),
      );
      const titles = sections.flatMap((section) => section.titles);
      expect(titles).toEqual([...titles].sort(alphabetical(locale)));
      for (const {initial, titles: group} of sections) {
        for (const title of group) {
          expect(filingText(title).charAt(0).toLocaleUpperCase(locale), title).toBe(initial);
        }
      }
      // Every doc page, in every locale: an untranslated one is shown in Russian.
      expect(titles).toHaveLength(listPages(sourceLocale).length);
    } finally {
      await page.close();
    }
  });
});

describe.each(localeCodes)('glossary (%s)', (locale) => {
  it('lists every name on its first page, linked to its entry on its kind’s page', async () => {
    const base = `${site.server.origin}/${localePrefix(locale)}`;
    const {page} = await visit(site.browser, `${base}glossary`);
    try {
      const links = await page.$$eval('article section li > a', (anchors) =>
        anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href)),
      );
      const linked = links.map(({pathname, hash}) => ({pathname, id: hash.slice(1)}));
      expect(linked.map(({id}) => id).sort()).toEqual(glossary.map(({id}) => id).sort());
      for (const kind of glossaryKinds) {
        const pathname = `/${localePrefix(locale)}glossary/${glossaryKindSlugs[kind]}`;
        await page.goto(`${site.server.origin}${pathname}`);
        const entries = await page.$$eval('article h2[id]', (headings) =>
          headings.map((heading) => heading.id),
        );
        const ofKind = glossary.filter((entry) => entry.kind === kind).map(({id}) => id);
        expect([...entries].sort(), `entries on ${pathname}`).toEqual([...ofKind].sort());
        expect(
          linked.filter((link) => link.pathname === pathname).map(({id}) => id),
          `links to ${pathname}, in the order of its entries`,
        ).toEqual(entries);
      }
    } finally {
      await page.close();
    }
  });
});

describe.each(localeCodes)('cases table (%s)', (locale) => {
  it('lists every case, titled in the language of the page, linked to its page', async () => {
    // The locale's text as the build reads and validates it.
    const text = (await loadLocaleText(siteDir, locale)).cases as Record<string, {title: string}>;
    const {page} = await visit(site.browser, `${site.server.origin}/${localePrefix(locale)}cases`);
    try {
      const rows = await page.$$eval('article table tbody th a:not(.hash-link)', (links) =>
        links.map((link) => ({
          path: new URL((link as HTMLAnchorElement).href).pathname,
          title: link.textContent ?? '',
        })),
      );
      expect(rows).toEqual(
        cases.map(({id}) => ({
          path: `/${localePrefix(locale)}cases/${id}`,
          // With the locale's non-breaking spaces, as the build renders data text.
          title: typographyFor(locale)(text[id]?.title ?? ''),
        })),
      );
    } finally {
      await page.close();
    }
  });
});

describe.each([
  // 882: the plural form that Russian uses after numbers ending in 2, 3 or 4 (but not 12–14).
  // The build puts a non-breaking space between a number and its word (src/i18n/typography.ts).
  {locale: 'ru', people: `${totalSince2017.helped}\u00A0человека`},
  {locale: 'en', people: `${totalSince2017.helped} people`},
])('figures table ($locale)', ({locale, people}) => {
  it('counts the people helped since 2017 in the plural form of the language', async () => {
    const {page} = await visit(
      site.browser,
      `${site.server.origin}/${localePrefix(locale)}activity/figures`,
    );
    try {
      // The figures table's own note; the page may have other tables.
      const note = await page.locator('article table + p').first().textContent();
      expect(note).toContain(`${totalSince2017.from}`);
      expect(note).toContain(people);
    } finally {
      await page.close();
    }
  });
});

describe.each([
  {locale: 'ru', dated: '28\u00A0ноября 2022\u00A0г.', undated: 'Без даты'},
  {locale: 'en', dated: '28 November 2022', undated: 'Undated'},
])('sources ($locale)', ({locale, dated, undated}) => {
  it('date each source in the language of the page, as precisely as it states', async () => {
    const {page} = await visit(
      site.browser,
      `${site.server.origin}/${localePrefix(locale)}history/timeline-2022`,
    );
    try {
      expect(await page.locator('#source-global-voices').textContent()).toContain(`. ${dated}`);
      expect(await page.locator('#source-wikipedia').textContent()).toContain(`. ${undated}.`);
    } finally {
      await page.close();
    }
  });
});
