/**
 * Gives each page of a translated locale its translation notice at build time, in its front matter
 * (`markdown.parseFrontMatter` in docusaurus.config.ts): Docusaurus puts the front matter in the
 * page's own metadata module, so the notice is rendered into that page's HTML and no other page
 * carries it (global data would be compiled into every page's code). The notice is computed where
 * the docs plugin reads each file, on every build: the page's compiled MDX, which Rspack caches,
 * may be older, so the template reads `metadata.frontMatter`, not the MDX's own `frontMatter`.
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {pagesDir} from '../../lib/pages';
import {pageStatus} from '../../lib/translationStatus';
import {sourceLocale} from '../../src/i18n/locales';
import {siteAddress} from '../../src/i18n/siteAddress';
import {pageRoute} from '../cross-locale-links';
import {type TranslationNotice, translationNoticeKey} from './notice';

/** The notice a page of `locale` needs, given its file relative to the site, or undefined. */
export function noticeFor(
  siteDir: string,
  locale: string,
  file: string,
): TranslationNotice | undefined {
  if (locale === sourceLocale) return undefined;
  const fallbackPrefix = `${pagesDir(sourceLocale)}/`;
  const translatedPrefix = `${pagesDir(locale)}/`;
  // Docusaurus builds a page missing from the locale's folder from its Russian file.
  const fallback = file.startsWith(fallbackPrefix);
  if (!fallback && !file.startsWith(translatedPrefix)) return undefined;
  const page = file.slice((fallback ? fallbackPrefix : translatedPrefix).length);
  const status = fallback ? 'missing' : pageStatus(siteDir, locale, page);
  // A page not yet marked is a translation all the same: what it lacks is for the translator to
  // record (the status report lists it); the reader is told nothing it could act on.
  if (status !== 'missing' && status !== 'outdated') return undefined;
  return {status, source: siteAddress().baseUrl + pageRoute(page).slice(1)};
}

/** `markdown.parseFrontMatter` for the locale being built. */
export function withTranslationNotice(siteDir: string, locale: string): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const file = path.relative(siteDir, params.filePath).split(path.sep).join('/');
    const notice = noticeFor(siteDir, locale, file);
    // Whatever a page says under the key itself is replaced: only the build decides the notice.
    const {[translationNoticeKey]: _ignored, ...frontMatter} = result.frontMatter;
    return {
      ...result,
      frontMatter: notice ? {...frontMatter, [translationNoticeKey]: notice} : frontMatter,
    };
  };
}
