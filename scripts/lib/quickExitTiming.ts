/**
 * How fast the quick exit answers while a page loads (issue #22): with Chromium's CPU slowed 4×,
 * the exit is tapped once per page load, at 0, 100 … 1400 ms after the first contentful paint, and
 * the time from the tap to the browser asking for the neutral site is taken (the site's code hides
 * the page in the same task, just before; without code, the link's own navigation asks for it). A
 * bare HTML page with one exit link is measured the same way, turn about with the site's page, so
 * that both share the machine's load. The neutral site answers 204 No Content: nothing leaves.
 */
import type {Browser, CDPSession} from 'playwright-core';

/** Lighthouse's mobile CPU slowdown, relative to this machine. */
export const cpuSlowdown = 4;
/** Taps at these delays after the first contentful paint, one per page load. */
export const tapDelaysMs: readonly number[] = Array.from({length: 15}, (_, i) => i * 100);
/** Longer than this, and the tap counts as unanswered. */
const answerTimeoutMs = 10_000;

export interface ExitPage {
  /** What the report calls it. */
  readonly name: string;
  readonly url: string;
  /** The neutral site the page's exit leads to (answered with 204 here). */
  readonly exitUrl: string;
  /** The exit link, as a CSS selector. */
  readonly link: string;
}

export interface ExitTimings {
  readonly name: string;
  /** Milliseconds from tap to the exit request, one per answered tap. */
  readonly answersMs: readonly number[];
  readonly unanswered: number;
  readonly medianMs: number;
  readonly worstMs: number;
}

/** The bare page: one exit link, nothing else that runs. */
export function bareExitPage(exitUrl: string): string {
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>Bare</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<a id="exit" href="${exitUrl}" style="position:fixed;top:0.5rem;right:0.5rem;padding:0.75rem">Быстрый выход</a>
<p>${'Текст страницы. '.repeat(200)}</p></body></html>`;
}

/** Where to tap: the link's centre, taken once on an unhurried load (it is fixed in the viewport). */
async function linkCentre(browser: Browser, page: ExitPage): Promise<{x: number; y: number}> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(page.url, {waitUntil: 'load'});
    const box = await tab.locator(page.link).first().boundingBox();
    if (!box) throw new Error(`${page.url}: no visible ${page.link}`);
    return {x: box.x + box.width / 2, y: box.y + box.height / 2};
  } finally {
    await context.close();
  }
}

/** Resolves when the page's main frame reports its first contentful paint. */
function firstContentfulPaint(session: CDPSession): Promise<void> {
  return new Promise((resolve) => {
    const onEvent = ({name}: {name: string}) => {
      if (name !== 'firstContentfulPaint') return;
      session.off('Page.lifecycleEvent', onEvent);
      resolve();
    };
    session.on('Page.lifecycleEvent', onEvent);
  });
}

/** One page load, one tap `delayMs` after the first paint: ms to the exit request, or null. */
async function oneTap(
  browser: Browser,
  page: ExitPage,
  centre: {x: number; y: number},
  delayMs: number,
): Promise<number | null> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    let tappedAt = 0;
    let answer: (ms: number) => void = () => undefined;
    const answered = new Promise<number>((resolve) => (answer = resolve));
    // Awaited before the page loads, or the exit's request could slip past it.
    await context.route(`${page.exitUrl}**`, (route) => {
      answer(performance.now() - tappedAt);
      void route.fulfill({status: 204});
    });
    const session = await context.newCDPSession(tab);
    await session.send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
    await session.send('Page.enable');
    await session.send('Page.setLifecycleEventsEnabled', {enabled: true});
    const painted = firstContentfulPaint(session);
    void tab.goto(page.url).catch(() => undefined);
    let noPaintTimer: ReturnType<typeof setTimeout> | undefined;
    const noPaint = new Promise<never>((_, reject) => {
      noPaintTimer = setTimeout(
        () => reject(new Error(`${page.url}: no first contentful paint`)),
        answerTimeoutMs,
      );
    });
    await Promise.race([painted, noPaint]).finally(() => clearTimeout(noPaintTimer));
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    tappedAt = performance.now();
    // Sent together: the renderer handles both whenever its main thread is free, as with a finger.
    const mouse = {x: centre.x, y: centre.y, button: 'left' as const, clickCount: 1};
    // Either may still be pending when the page is closed after the answer: that is not an error.
    const ignore = () => undefined;
    session.send('Input.dispatchMouseEvent', {type: 'mousePressed', ...mouse}).catch(ignore);
    session.send('Input.dispatchMouseEvent', {type: 'mouseReleased', ...mouse}).catch(ignore);
    let unansweredTimer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      unansweredTimer = setTimeout(() => resolve(null), answerTimeoutMs);
    });
    return await Promise.race([answered, timeout]).finally(() => clearTimeout(unansweredTimer));
  } finally {
    await context.close();
  }
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Every page tapped at every delay, `rounds` times, the pages turn about. */
export async function measureExitTimings(
  browser: Browser,
  pages: readonly ExitPage[],
  {rounds = 1, log = () => undefined}: {rounds?: number; log?: (line: string) => void} = {},
): Promise<ExitTimings[]> {
  const centres = await Promise.all(pages.map((page) => linkCentre(browser, page)));
  const answers = pages.map(() => ({ms: [] as number[], unanswered: 0}));
  for (let round = 1; round <= rounds; round += 1) {
    for (const delayMs of tapDelaysMs) {
      log(`Quick exit: tap ${delayMs} ms after the first paint (round ${round}/${rounds})…`);
      for (const [i, page] of pages.entries()) {
        const ms = await oneTap(browser, page, centres[i] ?? {x: 0, y: 0}, delayMs);
        const record = answers[i];
        if (!record) continue;
        if (ms === null) record.unanswered += 1;
        else record.ms.push(ms);
      }
    }
  }
  return pages.map((page, i) => {
    const {ms, unanswered} = answers[i] ?? {ms: [], unanswered: 0};
    return {
      name: page.name,
      answersMs: ms.map((value) => Math.round(value)),
      unanswered,
      medianMs: Math.round(median(ms)),
      worstMs: Math.round(Math.max(...ms)),
    };
  });
}
