/** Where each glossary term is used: read from the pages themselves, so the list never goes stale. */
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import type {DocRef} from './clientData';

interface DocMetadataLike extends DocRef {
  /** `@site/`-prefixed path of the page's file, as the docs plugin reports it. */
  readonly source: string;
}

const termUse = /<Term\s+id="([^"]+)"/g;

export function termIdsIn(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(termUse)].map((match) => match[1] ?? ''))];
}

export async function collectTermPages(
  siteDir: string,
  docs: readonly DocMetadataLike[],
): Promise<Record<string, DocRef[]>> {
  const pages: Record<string, DocRef[]> = {};
  for (const doc of docs) {
    const file = path.join(siteDir, doc.source.replace(/^@site\//, ''));
    for (const id of termIdsIn(await readFile(file, 'utf8'))) {
      (pages[id] ??= []).push({permalink: doc.permalink, title: doc.title});
    }
  }
  for (const refs of Object.values(pages))
    refs.sort((a, b) => a.permalink.localeCompare(b.permalink));
  return pages;
}
