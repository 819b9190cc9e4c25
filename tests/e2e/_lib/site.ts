/** The built site served on localhost and a browser for one test file, started and stopped around it. */
import type {BrowserContext} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {type RunningServer, serveStatic} from '../../../lib/staticServer';
import {buildDir, launchBrowser} from './browser';

export interface ServedSite {
  readonly server: RunningServer;
  readonly browser: BrowserContext;
}

export function useServedSite(options: {javaScriptEnabled?: boolean} = {}): ServedSite {
  const site = {} as {server: RunningServer; browser: BrowserContext};
  beforeAll(async () => {
    site.server = await serveStatic(buildDir);
    site.browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
