/**
 * Safety for readers at risk, in a real browser: quick exit by click and by Shift ×3, Back after an
 * exit, the same control without JavaScript, and no cookies or third-party requests anywhere.
 */
import type {BrowserContext, Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {localeInfo} from '../../src/i18n/locales';
import {useServedSite} from './_lib/site';
import {codeRunning} from './_lib/visit';

const site = useServedSite();
const noJsSite = useServedSite({javaScriptEnabled: false});

beforeAll(async () => {
  // The neutral site is outside this machine's reach: answer for it here.
  for (const context of [site.browser, noJsSite.browser]) {
    for (const locale of ['ru', 'en']) {
      await context.route(`${localeInfo(locale).quickExitUrl}**`, (route) =>
        route.fulfill({contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>'}),
      );
    }
  }
});

const cases = [
  {locale: 'ru', from: '/about', page: '/history/sphere', label: 'Быстрый выход'},
  {locale: 'en', from: '/en/about', page: '/en/history/sphere', label: 'Exit this page'},
];

async function openAfter(context: BrowserContext, from: string, pagePath: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${from}`);
  await page.goto(`${site.server.origin}${pagePath}`);
  await page.waitForSelector(codeRunning);
  return page;
}

describe.each(cases)('quick exit ($locale)', ({locale, from, page: pagePath, label}) => {
  const exitUrl = localeInfo(locale).quickExitUrl;

  it('leaves for the neutral site on click, and Back shows a page of the site unhidden', async () => {
    const page = await openAfter(site.browser, from, pagePath);
    await page.getByRole('link', {name: label, exact: true}).click();
    await page.waitForURL(`${exitUrl}**`);
    await page.goBack();
    await page.waitForURL(`${site.server.origin}${from}`);
    expect(
      await page.evaluate(() => document.documentElement.classList.contains('quick-exit-active')),
    ).toBe(false);
    expect(await page.isVisible('article, main')).toBe(true);
    await page.close();
  });

  it('counts Shift presses aloud, resets on other keys, and leaves on the third', async () => {
    const page = await openAfter(site.browser, from, pagePath);
    const status = page.locator('[role="status"]');
    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toMatch(/2/);
    await page.keyboard.press('a');
    await expect.poll(() => status.textContent()).toBe('');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toMatch(/1/);
    await page.keyboard.press('Shift');
    await page.waitForURL(`${exitUrl}**`);
    await page.close();
  });

  it('hides the page the moment it is triggered', async () => {
    const page = await openAfter(site.browser, from, pagePath);
    // The neutral site answers "204 No Content", which a browser does not navigate to: the page
    // stays, as the reader sees it in the instant before it leaves. (Watching a page that does leave
    // is unreliable: what it reports as it goes can be lost with it.)
    await page.route(`${exitUrl}**`, (route) => route.fulfill({status: 204}));
    await page.getByRole('link', {name: label, exact: true}).click();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).visibility))
      .toBe('hidden');
    await page.close();
  });

  it('works before the site’s code arrives: click and Shift ×3 hide the page and replace it', async () => {
    for (const trigger of ['click', 'shift'] as const) {
      const page = await site.browser.newPage();
      // The site's code never arrives, as on a slow phone in the seconds after the first paint.
      await page.route('**/assets/js/**', () => undefined);
      // A deferred script that never arrives holds back DOMContentLoaded: wait for the markup.
      await page.goto(`${site.server.origin}${from}`, {waitUntil: 'commit'});
      await page.waitForSelector('a[data-quick-exit]', {state: 'attached'});
      await page.goto(`${site.server.origin}${pagePath}`, {waitUntil: 'commit'});
      await page.waitForSelector('article', {state: 'attached'});
      expect(await page.getAttribute('html', 'data-has-hydrated')).not.toBe('true');
      const exit = async () => {
        if (trigger === 'click') await page.getByRole('link', {name: label, exact: true}).click();
        else for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
      };
      // First the instant before leaving (the neutral site answers 204: the browser stays).
      await page.route(`${exitUrl}**`, (route) => route.fulfill({status: 204}));
      await exit();
      await expect
        .poll(() => page.evaluate(() => getComputedStyle(document.body).visibility))
        .toBe('hidden');
      // Then the leaving itself: Back skips the page the reader left from.
      await page.unroute(`${exitUrl}**`);
      await page.evaluate(() => document.documentElement.classList.remove('quick-exit-active'));
      // Any other key starts the Shift count again, so that only the third press leaves.
      await page.keyboard.press('Escape');
      await exit();
      await page.waitForURL(`${exitUrl}**`);
      await page.goBack({waitUntil: 'commit'});
      expect(page.url(), trigger).toBe(`${site.server.origin}${from}`);
      await page.close();
    }
  });

  it('leaves the whole tab from inside a frame', async () => {
    const page = await site.browser.newPage();
    await page.setContent(`<iframe src="${site.server.origin}${pagePath}"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('link', {name: label, exact: true}).click();
    await page.waitForURL(`${exitUrl}**`);
    await page.close();
  });

  it('is a plain link to the neutral site without JavaScript', async () => {
    const page = await noJsSite.browser.newPage();
    await page.goto(`${noJsSite.server.origin}${pagePath}`);
    const link = page.getByRole('link', {name: label, exact: true});
    expect(await link.getAttribute('href')).toBe(exitUrl);
    // From inside a frame, the whole tab leaves, not the frame.
    expect(await link.getAttribute('target')).toBe('_top');
    await link.click();
    await page.waitForURL(`${exitUrl}**`);
    await page.close();
  });
});

describe('the choice to keep the site out of the tab’s Back list', () => {
  const outside = 'http://outside.test/';

  /** Opens a page off the site, then the safety page, reads two more pages, and quick-exits. */
  async function exitAfterThreePages(choose: boolean): Promise<string> {
    const page = await site.browser.newPage();
    await page.route(`${outside}**`, (route) =>
      route.fulfill({contentType: 'text/html', body: '<title>Outside</title>'}),
    );
    await page.goto(outside);
    await page.goto(`${site.server.origin}/safety`);
    await page.waitForSelector(codeRunning);
    const box = page.getByRole('checkbox');
    if (choose) await box.check();
    for (const [section, path] of [
      ['История', '/history'],
      ['Дела', '/cases'],
    ] as const) {
      await page.locator('.navbar').getByRole('link', {name: section, exact: true}).click();
      await page.waitForURL((url) => url.pathname === path);
    }
    await page.getByRole('link', {name: 'Быстрый выход', exact: true}).click();
    await page.waitForURL(`${localeInfo('ru').quickExitUrl}**`);
    await page.goBack({waitUntil: 'domcontentloaded'});
    const back = page.url();
    await page.close();
    return back;
  }

  it('is off by default: Back after the exit returns to the page read before', async () => {
    expect(await exitAfterThreePages(false)).toBe(`${site.server.origin}/history`);
  });

  it('switched on, makes Back after the exit leave the site entirely', async () => {
    expect(await exitAfterThreePages(true)).toBe(outside);
  });
});

describe('privacy', () => {
  it('sets no cookie and keeps no referrer', async () => {
    const page = await openAfter(site.browser, '/', '/en/cases');
    expect(await site.browser.cookies()).toEqual([]);
    expect(await page.getAttribute('meta[name="referrer"]', 'content')).toBe('no-referrer');
    await page.close();
  });

  it('ships a Content-Security-Policy that allows only the site itself', async () => {
    const page = await openAfter(site.browser, '/', '/history/sphere');
    const policy =
      (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? '';
    expect(policy).toMatch(/default-src 'self'/);
    const scriptSrc = policy
      .split(';')
      .find((directive) => directive.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    await page.close();
  });
});
