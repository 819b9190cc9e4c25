/**
 * "Cite this page" as a journalist uses it, in both languages: with JavaScript, the block's script is
 * not fetched until the block opens; opening it writes today's date (as the browser's calendar
 * counts it) where the blank was, and Copy puts the citation on the clipboard. Without JavaScript
 * the citation is there in full, with the blank to fill in.
 */
import type {BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {localeInfo} from '../../src/i18n/locales';
import {siteAddress} from '../../src/i18n/siteAddress';
import {launchBrowser, localePrefix} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {visit} from './_lib/visit';

const site = useServedSite();
const citeScript = /\/assets\/js\/cite\.[0-9a-f]{8}\.js$/;

/** Each locale: its sphere page, what the access date's blank reads, how its date is written. */
const cases = [
  {
    locale: 'ru',
    blank: 'дата обращения: __.__.____',
    copy: /^Копировать: Текст/,
    copied: 'Скопировано',
  },
  {locale: 'en', blank: '(accessed: ____)', copy: /^Copy: Text/, copied: 'Copied'},
] as const;

/** Today in the browser's time zone, written as the locale's citation writes it (not the script's code). */
function today(locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'ru'
      ? {timeZone, day: '2-digit', month: '2-digit', year: 'numeric'}
      : {timeZone, day: 'numeric', month: 'long', year: 'numeric'};
  return new Intl.DateTimeFormat(localeInfo(locale).htmlLang, options).format(new Date());
}

describe.each(cases)('cite this page in $locale', ({locale, blank, copy, copied}) => {
  const path = `/${localePrefix(locale)}history/sphere`;

  it('loads its script on opening, dates the citation today and copies it', async () => {
    await site.browser.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    const {page, consoleErrors, requests} = await visit(
      site.browser,
      `${site.server.origin}${path}`,
    );
    try {
      expect(
        requests.filter((url) => citeScript.test(url)),
        'before opening',
      ).toEqual([]);
      const loaded = page.waitForRequest(citeScript);
      await page.locator('details[data-cite] > summary').click();
      await loaded;
      await page.locator('details[data-cite][data-ready]').waitFor();
      const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      const dates = await page.locator('[data-accessed]').allInnerTexts();
      expect(dates).toEqual([today(locale, timeZone), today(locale, timeZone)]);

      await page.getByRole('button', {name: copy}).click();
      await expect
        .poll(() => page.locator('details[data-cite] [role="status"]').innerText())
        .toBe(copied);
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      const text = await page.locator('details[data-cite] pre').first().innerText();
      expect(clipboard).toBe(text);
      // The site's address as the build knew it, not the test server's.
      expect(clipboard).toContain(`${siteAddress().url}${path}`);
      expect(clipboard).toContain(today(locale, timeZone));
      expect(clipboard).not.toContain(blank);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('cite this page without JavaScript', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser({javaScriptEnabled: false});
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)('gives the whole citation in $locale, the access date a blank', async (entry) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.server.origin}/${localePrefix(entry.locale)}history/sphere`);
      const title = await page.locator('h1').innerText();
      await page.locator('details[data-cite] > summary').click();
      const [text, bibtex] = await page.locator('details[data-cite] pre').allInnerTexts();
      for (const form of [text, bibtex]) {
        expect(form).toContain(title.replace(/\u00a0/g, ' '));
        expect(form).toMatch(/https?:\/\/[^\s}]+\/history\/sphere/);
      }
      expect(text).toContain(entry.blank);
      expect(bibtex).toMatch(/^@misc\{ncsos-history-sphere-(ru|en),/);
      expect(
        await page.locator('details[data-cite] button').count(),
        'buttons without JavaScript',
      ).toBe(0);
    } finally {
      await page.close();
    }
  });
});
