/**
 * The A–Z index (А–Я in Russian), a way in that needs no search: every page under its initial, in the
 * locale's alphabetical order. The build sorts the list (plugins/data-text); this reads the page.
 */
import {describe, expect, it} from 'vitest';
import {alphabetical, filingText} from '../../src/i18n/alphabetical';
import {localeCodes} from '../../src/i18n/locales';
import {localePrefix, sitemapPaths} from './_lib/browser';
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
      const pagesOfLocale = sitemapPaths().filter((entry) => entry.locale === locale);
      expect(titles.length).toBeGreaterThan(pagesOfLocale.length / 2);
    } finally {
      await page.close();
    }
  });
});
