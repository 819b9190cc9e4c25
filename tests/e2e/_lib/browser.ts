/**
 * Debian's Chromium driven by playwright-core (no browser download here), and the pages the built
 * site lists in its sitemaps.
 */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {type BrowserContext, chromium} from 'playwright-core';
import {chromiumFlags, chromiumPath} from '../../../lib/chromium';
import {siteDir} from '../../../lib/pages';
import {sitemapPaths as sitemapPathsOf} from '../../../lib/sitemap';

export const buildDir = path.join(siteDir, 'build');

export async function launchBrowser(
  options: {javaScriptEnabled?: boolean} = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'nc-sos-chromium-')), {
    executablePath: chromiumPath,
    args: chromiumFlags,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
}

export {localePrefix} from '../../../lib/sitemap';

/** Every page path of every locale's sitemap, in the build the tests serve. */
export function sitemapPaths(): {locale: string; path: string}[] {
  return sitemapPathsOf(buildDir);
}
