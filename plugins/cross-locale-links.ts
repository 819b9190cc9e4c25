/**
 * Markdown links between pages when one side is not translated. Docusaurus resolves `../x.mdx` only
 * among the files of the locale being built, so an English page linking to an untranslated page (or
 * the Russian fallback of an untranslated page linking onwards) would break the build. Such a link is
 * turned into the route of the page it names, when that page exists in the source language; any
 * other unresolved link still stops the build.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {sourceLocale} from '../src/i18n/locales';

const sourceDir = 'docs';
const localizedDir = /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/current\//;

/** Route of a page file (relative to its locale's folder): `history/index.mdx` → `/history`. */
export function pageRoute(page: string): string {
  return `/${page.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/';
}

export function crossLocaleLink(siteDir: string, sourceFilePath: string, url: string): string {
  const [target = '', hash] = url.split('#');
  const sourcePage = sourceFilePath
    .replace(localizedDir, '')
    .replace(new RegExp(`^${sourceDir}/`), '');
  const page = path.posix.normalize(path.posix.join(path.posix.dirname(sourcePage), target));
  if (page.startsWith('..') || !existsSync(path.join(siteDir, sourceDir, page))) {
    throw new Error(
      `${sourceFilePath}: Markdown link "${url}" names no page of the ${sourceLocale} source (docs/${page})`,
    );
  }
  return `${pageRoute(page)}${hash ? `#${hash}` : ''}`;
}
