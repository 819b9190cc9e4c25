/**
 * Which glossary terms each page names, read from the pages themselves so that the lists never go
 * stale: the glossary lists the pages of each term, and each page gets the descriptions of its own
 * terms (plugins/remark-page-terms.ts), not the whole glossary's.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {TFunction} from 'i18next';
import {glossary} from '../../src/data/glossary';
import type {DocRef, PageTerms} from './clientData';

export interface DocMetadataLike extends DocRef {
  /** `@site/`-prefixed path of the page's file, as the docs plugin reports it. */
  readonly source: string;
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

/** One page's terms, in glossary order, each with its description as i18next renders it. */
export function pageTerms(ids: readonly string[], t: TFunction): PageTerms {
  return Object.fromEntries(
    glossary
      .filter((entry) => ids.includes(entry.id))
      .map((entry) => [entry.id, t(`glossary.${entry.id}.description`)]),
  );
}

/**
 * Where a page's terms are written, under the data-text plugin's folder in `.docusaurus/`: the same
 * name for the plugin that writes it and the remark plugin that imports it.
 */
export function pageTermsModule(file: string): string {
  return `page-terms/${file}.json`;
}
