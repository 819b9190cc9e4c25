/**
 * Debian's Chromium driven by playwright-core (no browser download here), and the pages the built
 * site lists in its sitemaps.
 */
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {type BrowserContext, chromium} from 'playwright-core';
import {chromiumFlags, chromiumPath} from '../../../scripts/lib/chromium';
import {siteDir} from '../../../scripts/lib/pages';
import {localeCodes, sourceLocale} from '../../../src/i18n/locales';

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

/** Build-relative path of a locale's sitemap: `sitemap.xml` for Russian, `en/sitemap.xml` for English. */
export function localePrefix(locale: string): string {
  return locale === sourceLocale ? '' : `${locale}/`;
}

/** Every page path (`/history/sphere`, `/en/history/sphere`) of every locale's sitemap. */
export function sitemapPaths(root: string = buildDir): {locale: string; path: string}[] {
  return localeCodes.flatMap((locale) => {
    const xml = readFileSync(path.join(root, localePrefix(locale), 'sitemap.xml'), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => ({
      locale,
      path: new URL(match[1] ?? '').pathname,
    }));
  });
}
