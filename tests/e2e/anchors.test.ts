/**
 * The rows journalists quote have stable ids, the same in both languages, each with a link to itself
 * that a keyboard user can reach and see: every year of the figures, every total of the Russian LGBT
 * Network, every case of the cases table.
 */
import {describe, expect, it} from 'vitest';
import {cases} from '../../src/data/cases';
import {caseRowId, figuresRowId, networkRowId} from '../../src/data/anchors';
import {networkTotals, yearlyFigures} from '../../src/data/figures';
import {localeCodes} from '../../src/i18n/locales';
import {localePrefix} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {visit} from './_lib/visit';

const site = useServedSite();

const expectedRows: Record<string, readonly string[]> = {
  'activity/figures': [
    ...yearlyFigures.map(({year}) => figuresRowId(year)),
    ...networkTotals.map(({asOf}) => networkRowId(asOf)),
  ],
  cases: cases.map(({id}) => caseRowId(id)),
};

describe.each(localeCodes)('row anchors (%s)', (locale) => {
  it.each(Object.entries(expectedRows))(
    '%s: each row has its id and a link to it',
    async (path, ids) => {
      const {page} = await visit(
        site.browser,
        `${site.server.origin}/${localePrefix(locale)}${path}`,
      );
      try {
        const rows = await page.$$eval('tbody tr[id]', (nodes) =>
          nodes.map((row) => {
            const link = row.querySelector<HTMLAnchorElement>('a.hash-link');
            return {
              id: row.id,
              href: link?.getAttribute('href'),
              named: (link?.getAttribute('aria-label') ?? '').length > 2,
            };
          }),
        );
        expect(rows).toEqual(ids.map((id) => ({id, href: `#${id}`, named: true})));
        // Hidden until wanted, and visible once focused from the keyboard.
        const link = page.locator(`#${ids[0]} a.hash-link`);
        expect(await link.evaluate((node) => getComputedStyle(node).opacity)).toBe('0');
        await link.focus();
        await expect.poll(() => link.evaluate((node) => getComputedStyle(node).opacity)).toBe('1');
      } finally {
        await page.close();
      }
    },
  );
});
