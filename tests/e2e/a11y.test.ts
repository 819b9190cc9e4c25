/**
 * Accessibility beyond what axe-core checks on every page (in `pages.test.ts`, in the same visit as
 * the page checks, both colour modes): the controls that matter most reachable by keyboard with a
 * visible focus, and the names of the Russian interface's controls in Russian.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {localeInfo} from '../../src/i18n/locales';
import {useServedSite} from './_lib/site';
import {codeRunning} from './_lib/visit';

const site = useServedSite();

describe('keyboard', () => {
  /** Presses Tab until `matches` holds for the focused element; returns whether focus looks visible. */
  async function tabTo(page: Page, selector: string, maxTabs = 40): Promise<boolean> {
    for (let tab = 0; tab < maxTabs; tab += 1) {
      await page.keyboard.press('Tab');
      const reached = await page.evaluate(
        (css) => document.activeElement?.matches(css) ?? false,
        selector,
      );
      if (reached) {
        return page.evaluate(() => {
          const style = getComputedStyle(document.activeElement as Element);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        });
      }
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it.each([
    ['quick exit', 'a[data-quick-exit]'],
    ['language switch', '.navbar .dropdown > a.navbar__link'],
    ['search', 'input.navbar__search-input'],
    ['sidebar', '.theme-doc-sidebar-menu a.menu__link'],
  ])('reaches the %s with a visible focus', async (_name, selector) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.origin}/history/sphere`);
      await page.waitForSelector(codeRunning);
      expect(await tabTo(page, selector)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('leaves with Enter on the quick exit', async () => {
    const exitUrl = localeInfo('ru').quickExitUrl;
    const page = await site.browser.newPage();
    try {
      await page.route(`${exitUrl}**`, (route) =>
        route.fulfill({contentType: 'text/html', body: 'ok'}),
      );
      await page.goto(`${site.server.origin}/history/sphere`);
      await page.waitForSelector(codeRunning);
      await tabTo(page, 'a[data-quick-exit]');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${exitUrl}**`);
    } finally {
      await page.close();
    }
  });
});

describe('Russian interface', () => {
  it('names its controls in Russian, on a computer and in the phone menu', async () => {
    const page = await site.browser.newPage();
    /** Names and titles of the page's controls (the article is checked by its own tests). */
    const englishNames = () =>
      page.$$eval('[aria-label], [title]', (elements) =>
        elements
          .filter((element) => !element.closest('article, [lang]:not([lang^="ru"])'))
          .flatMap((element) => [element.getAttribute('aria-label'), element.getAttribute('title')])
          // A Latin word other than the group's name (СК SOS) is English left untranslated.
          .filter(
            (name): name is string =>
              name !== null && (name.match(/[A-Za-z]{3,}/g) ?? []).some((word) => word !== 'SOS'),
          ),
      );
    try {
      await page.goto(`${site.server.origin}/history/sphere`);
      await page.waitForSelector(codeRunning);
      expect(await englishNames(), 'on a computer').toEqual([]);
      await page.setViewportSize({width: 360, height: 740});
      await page.click('button.navbar__toggle');
      await page.waitForSelector('.navbar-sidebar .menu__list');
      expect(await englishNames(), 'in the phone menu').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
