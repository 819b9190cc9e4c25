/** The pages a build lists in its sitemaps, for the browser tests and the benchmark. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {localeCodes, sourceLocale} from '../src/i18n/locales';

/** A locale's folder in the build and in addresses: `` for Russian, `en/` for English. */
export function localePrefix(locale: string): string {
  return locale === sourceLocale ? '' : `${locale}/`;
}

/** Every page path (`/history/sphere`, `/en/history/sphere`) of every locale's sitemap. */
export function sitemapPaths(buildRoot: string): {locale: string; path: string}[] {
  return localeCodes.flatMap((locale) => {
    const xml = readFileSync(path.join(buildRoot, localePrefix(locale), 'sitemap.xml'), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => ({
      locale,
      path: new URL(match[1] ?? '').pathname,
    }));
  });
}
