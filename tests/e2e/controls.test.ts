/**
 * The theme's controls, used as a reader would once the page's code runs (site.js on a content
 * page, plugins/static-first): the colour mode, the sidebar's categories, the menu on a phone, links
 * to a heading, moves within the site and the language switch. Their markup is checked elsewhere
 * (a11y, pages); this checks that the site's code answers them. site.js depends on the theme's
 * markup: a theme upgrade that changes it fails here.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {localeCodes, localeInfo} from '../../src/i18n/locales';
import {localePrefix} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {codeRunning, visit} from './_lib/visit';

const site = useServedSite();

/** The address of a page of `locale`, from its path without the locale (`history/sphere`). */
function pageUrl(locale: string, path: string): string {
  return `${site.server.origin}/${localePrefix(locale)}${path}`;
}

async function codeRuns(page: Page): Promise<void> {
  await page.waitForSelector(codeRunning);
}

async function heading(page: Page): Promise<string> {
  return (await page.textContent('article h1')) ?? '';
}

/** Marks the loaded document, so that a new page load can be told from a move in the same one. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as {loadedOnce?: boolean}).loadedOnce = true;
  });
}

async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as {loadedOnce?: boolean}).loadedOnce === true);
}

describe.each(localeCodes)('controls (%s)', (locale) => {
  it('switch to dark mode, which the tab keeps from the first paint, and nothing on disk', async () => {
    const {page} = await visit(site.browser, pageUrl(locale, 'history/sphere'));
    try {
      const toggle = page.locator('.navbar button[class*="toggleButton"]');
      // The toggle cycles through the system's mode, light and dark, starting from the system's.
      for (let click = 0; click < 3; click += 1) {
        if ((await page.getAttribute('html', 'data-theme')) === 'dark') break;
        await toggle.click();
      }
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      // Kept for the tab only (issue #18): localStorage stays on disk after history is cleared.
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      // With the site's code held back, only the inline script in the HTML can set the theme: the
      // page is dark from its first paint, not after the code has run.
      await page.route('**/assets/js/**', () => undefined);
      // The script never arrives, which holds back DOMContentLoaded: wait for the markup instead.
      await page.reload({waitUntil: 'commit'});
      await page.waitForSelector('.navbar', {state: 'attached'});
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      await page.unroute('**/assets/js/**');
      // Another tab has a storage of its own: the system's mode.
      const other = await site.browser.newPage();
      await other.emulateMedia({colorScheme: 'light'});
      await other.goto(pageUrl(locale, 'history/sphere'));
      expect(await other.getAttribute('html', 'data-theme')).toBe('light');
      await other.close();
    } finally {
      await page.close();
    }
  });

  it('collapse and expand a sidebar category', async () => {
    const {page} = await visit(site.browser, pageUrl(locale, 'history/sphere'));
    try {
      const category = page
        .locator('.theme-doc-sidebar-menu li:has(> .menu__list-item-collapsible)')
        .nth(1);
      const caret = category.locator('button.menu__caret');
      const firstPage = category.locator('ul a').first();
      expect(await caret.getAttribute('aria-expanded')).toBe('true');
      await caret.click();
      expect(await caret.getAttribute('aria-expanded')).toBe('false');
      await firstPage.waitFor({state: 'hidden'});
      await caret.click();
      expect(await caret.getAttribute('aria-expanded')).toBe('true');
      await firstPage.waitFor({state: 'visible'});
    } finally {
      await page.close();
    }
  });

  it('open the menu on a phone, and it leads to a page within the site', async () => {
    const {page} = await visit(site.browser, pageUrl(locale, 'history/sphere'));
    try {
      await page.setViewportSize({width: 360, height: 740});
      await markDocument(page);
      const before = await heading(page);
      // The menu's top row (its close button) lies below the exit strip, not under it: the
      // click would fail on the element that covers it.
      await page.click('button.navbar__toggle');
      await page.click('.navbar-sidebar__close', {timeout: 5_000});
      await page.locator('.navbar-sidebar').waitFor({state: 'hidden'});
      await page.click('button.navbar__toggle');
      const menuLink = page.locator(
        '.navbar-sidebar .menu__list a.menu__link[href$="/evacuation"]',
      );
      await menuLink.click();
      await page.waitForURL(pageUrl(locale, 'activity/evacuation'));
      await page.locator('.navbar-sidebar').waitFor({state: 'hidden'});
      expect(await heading(page)).not.toBe(before);
      // Content pages ship no router: the link loads the next page, whose own code then runs.
      expect(await sameDocument(page), 'loaded a new document').toBe(false);
      await codeRuns(page);
    } finally {
      await page.close();
    }
  });

  it('open a link to a glossary entry on a phone with the entry in view, below the navbar', async () => {
    const page = await site.browser.newPage();
    try {
      await page.setViewportSize({width: 360, height: 740});
      await page.goto(pageUrl(locale, 'glossary/people#david-isteev'));
      await codeRuns(page);
      const [navbarBottom, headingTop] = await page.evaluate(() => [
        document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? Infinity,
        document.getElementById('david-isteev')?.getBoundingClientRect().top ?? -Infinity,
      ]);
      expect(headingTop).toBeGreaterThanOrEqual(navbarBottom);
      expect(headingTop).toBeLessThan(740);
    } finally {
      await page.close();
    }
  });

  it('move to another page within the site, with its title and text', async () => {
    const {page} = await visit(site.browser, pageUrl(locale, 'history/sphere'));
    try {
      await markDocument(page);
      await page.click('.theme-doc-sidebar-menu a.menu__link[href$="/evacuation"]');
      await page.waitForURL(pageUrl(locale, 'activity/evacuation'));
      const title = await heading(page);
      expect(title).not.toBe('');
      await page.waitForFunction((h1) => document.title.startsWith(h1), title);
      // Content pages ship no router: the link loads the next page, whose own code then runs.
      expect(await sameDocument(page), 'loaded a new document').toBe(false);
      await codeRuns(page);
      expect(
        await page.isVisible('.theme-doc-sidebar-menu a.menu__link--active[href$="/evacuation"]'),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('show the back-to-top button once scrolled down, and it goes back to the top', async () => {
    const {page} = await visit(site.browser, pageUrl(locale, 'history/timeline'));
    try {
      const button = page.locator('.theme-back-to-top-button');
      expect(await button.isVisible()).toBe(false);
      await page.mouse.wheel(0, 2000);
      await button.waitFor({state: 'visible'});
      await button.click();
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
      await button.waitFor({state: 'hidden'});
    } finally {
      await page.close();
    }
  });

  it('switch the language from the dropdown, to the same page', async () => {
    const other = localeCodes.find((code) => code !== locale) ?? locale;
    const {htmlLang} = localeInfo(other);
    const {page} = await visit(site.browser, pageUrl(locale, 'history/sphere'));
    try {
      await page.click('.navbar .dropdown > a.navbar__link');
      await page.click(`.navbar .dropdown__menu a[lang="${htmlLang}"]`);
      await page.waitForURL(pageUrl(other, 'history/sphere'));
      expect(await page.getAttribute('html', 'lang')).toBe(htmlLang);
    } finally {
      await page.close();
    }
  });
});
