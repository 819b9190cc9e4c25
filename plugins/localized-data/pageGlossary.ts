/**
 * What each page needs of the glossary, read from the pages themselves so that it never goes stale:
 * the terms it names with `<Term>` and the names of its `subjects:`. Each page gets only its own
 * (plugins/remark-page-glossary.ts), not the whole glossary; the glossary lists the pages of each term.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {TFunction} from 'i18next';
import {type GlossaryEntry, glossary, glossaryEntryPath, namesFor} from '../../src/data/glossary';
import {russianSearchForms} from '../../src/data/glossary/searchForms';
import {citedSources} from './citedSources';
import type {DocRef, PageGlossary} from './clientData';

export interface DocMetadataLike extends DocRef {
  /** `@site/`-prefixed path of the page's file, as the docs plugin reports it. */
  readonly source: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
}

export interface DocTerms {
  readonly doc: DocMetadataLike;
  /** Site-relative POSIX path of the page's file: `docs/history/sphere.mdx`. */
  readonly file: string;
  readonly ids: readonly string[];
}

const termUse = /<Term\s+id=["']([^"']+)["']/g;

export function termIdsIn(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(termUse)].map((match) => match[1] ?? ''))];
}

export async function readDocTerms(
  siteDir: string,
  docs: readonly DocMetadataLike[],
): Promise<DocTerms[]> {
  return Promise.all(
    docs.map(async (doc) => {
      const file = doc.source.replace(/^@site\//, '');
      return {doc, file, ids: termIdsIn(await readFile(path.join(siteDir, file), 'utf8'))};
    }),
  );
}

/** The pages each term appears on, sorted by address. */
export function termPages(docTerms: readonly DocTerms[]): Record<string, DocRef[]> {
  const pages: Record<string, DocRef[]> = {};
  for (const {doc, ids} of docTerms) {
    for (const id of ids) (pages[id] ??= []).push({permalink: doc.permalink, title: doc.title});
  }
  for (const refs of Object.values(pages))
    refs.sort((a, b) => a.permalink.localeCompare(b.permalink));
  return pages;
}

/** A glossary entry's description in the locale being built. */
export function termDescription(id: string, t: TFunction): string {
  return t(`glossary.${id}.description`);
}

const entriesOf = (ids: readonly string[]): GlossaryEntry[] =>
  glossary.filter((entry) => ids.includes(entry.id));

/**
 * One page's glossary: its terms in glossary order, with their names, descriptions and entries (the
 * descriptions go into the page's HTML: content pages ship no code to fetch them later); its sources'
 * records in citation order; and its keywords: every way the names of its subjects, then of the
 * other entries it names, are written, with the Russian forms the stemmer would miss, so that the
 * search finds the page for "Sfera", «Сфера», "Isteyev" or «Истеева». The list of names at the
 * foot of the page is kept out of the search index (issue #19: it made a section of its own that
 * crowded out pages), so these keywords are how the page's other spellings stay searchable.
 */
export function pageGlossary({doc, ids}: DocTerms, locale: string, t: TFunction): PageGlossary {
  const subjects = Array.isArray(doc.frontMatter.subjects)
    ? doc.frontMatter.subjects.map(String)
    : [];
  const named = [...entriesOf(subjects), ...entriesOf(ids)];
  const keywords = named.flatMap((entry) => [
    entry.ru,
    entry.en,
    ...entry.variants,
    ...russianSearchForms(entry),
  ]);
  return {
    terms: Object.fromEntries(
      entriesOf(ids).map((entry) => [
        entry.id,
        {
          ...namesFor(entry, locale),
          variants: entry.variants,
          glossaryPath: glossaryEntryPath(entry),
          description: termDescription(entry.id, t),
        },
      ]),
    ),
    keywords: [...new Set(keywords)],
    sources: citedSources(doc.frontMatter.sources, locale),
  };
}

/**
 * Where a page's glossary is written, under the data-text plugin's folder in `.docusaurus/`: the
 * same name for the plugin that writes it and the remark plugin that imports it.
 */
export function pageGlossaryModule(file: string): string {
  return `page-glossary/${file}.json`;
}
