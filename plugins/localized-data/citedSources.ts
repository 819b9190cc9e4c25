/**
 * Source records as the pages show them: each with its dates written in the locale being built, so
 * that no page formats a date in the browser and no page loads the records of sources it does not
 * cite (every doc page loaded all of them once, some 4.5 KiB gzip).
 */
import {type Source, sourceById, type SourceId} from '../../src/data/sources';
import {formatSourceDate} from '../../src/i18n/sourceDate';
import type {CitedSource} from './clientData';

export function citedSource(source: Source, locale: string): CitedSource {
  return {
    id: source.id,
    publisher: source.publisher,
    ...(source.author === undefined ? {} : {author: source.author}),
    title: source.title,
    ...(source.titleSupplied ? {titleSupplied: true} : {}),
    language: source.language,
    url: source.url,
    ...(source.archiveUrl === undefined ? {} : {archiveUrl: source.archiveUrl}),
    ...(source.date === null ? {} : {published: formatSourceDate(source.date, locale)}),
    checked: formatSourceDate(source.checked, locale),
  };
}

/** The records of a page's `sources:` front matter, in its order (ids checked by remark-site-refs). */
export function citedSources(frontMatterSources: unknown, locale: string): CitedSource[] {
  if (!Array.isArray(frontMatterSources)) return [];
  return frontMatterSources.map((id) => citedSource(sourceById(String(id) as SourceId), locale));
}
