/**
 * Printing (src/css/print.css and the components' print rules): a case page and the longest page,
 * printed to PDF by Chromium in each language, carry their text and their sources' addresses, and
 * none of the site's controls: no quick exit, navbar, sidebar, contents or paging. The text is read
 * from the PDF itself (tests/e2e/_lib/pdfText.ts); runs of text there are split where the PDF moves
 * the pen, so phrases are compared with their spaces taken out.
 */
import {describe, expect, it} from 'vitest';
import {readPage} from '../../lib/pages';
import {sourceById, type SourceId} from '../../src/data/sources';
import {localeCodes, localeInfo} from '../../src/i18n/locales';
import {localePrefix} from './_lib/browser';
import {pdfText} from './_lib/pdfText';
import {useServedSite} from './_lib/site';

const site = useServedSite();

/** Sheets of A4 each page should print on, measured on 2 December 2026 (see the test's report). */
const printed = [
  {path: 'cases/maxim-lapunov', sheets: [1, 3]},
  {path: 'history/timeline', sheets: [3, 6]},
] as const;

const squeezed = (text: string) => text.replace(/\s+/g, '');

describe.each(localeCodes.flatMap((locale) => printed.map((page) => ({locale, ...page}))))(
  '$path printed ($locale)',
  ({locale, path, sheets}) => {
    it('prints its text and sources, without the quick exit or the navigation', async () => {
      const page = await site.browser.newPage();
      try {
        await page.goto(`${site.server.origin}/${localePrefix(locale)}${path}`, {
          waitUntil: 'networkidle',
        });
        const exitLink = page.locator(`a[href="${localeInfo(locale).quickExitUrl}"]`).first();
        const exitText = squeezed(await exitLink.innerText());
        const title = squeezed(await page.locator('article h1').innerText());
        // Labels the theme's navigation shows and no text says: "Next", "On this page".
        const navigation = await Promise.all(
          ['.pagination-nav__sublabel', '.theme-doc-toc-mobile button'].map(async (selector) =>
            squeezed((await page.locator(selector).first().textContent()) ?? ''),
          ),
        );
        const pdf = pdfText(await page.pdf({format: 'A4'}));
        const text = squeezed(pdf.text);

        expect(pdf.pages, `${path}: sheets of A4`).toBeGreaterThanOrEqual(sheets[0]);
        expect(pdf.pages, `${path}: sheets of A4`).toBeLessThanOrEqual(sheets[1]);
        expect(text).toContain(title);
        expect(exitText.length).toBeGreaterThan(0);
        expect(text, 'the quick exit is printed').not.toContain(exitText);
        for (const label of navigation) {
          expect(label.length).toBeGreaterThan(0);
          expect(text, 'the navigation is printed').not.toContain(label);
        }
        const {frontMatter} = readPage(locale, `${path}.mdx`);
        for (const id of frontMatter.sources as SourceId[]) {
          expect(text, `the address of source "${id}"`).toContain(squeezed(sourceById(id).url));
        }
      } finally {
        await page.close();
      }
    });
  },
);
