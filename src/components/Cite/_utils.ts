import {useDoc} from '@docusaurus/plugin-content-docs/client';
import publishers from '@generated/nc-sos-data-text/default/source-publishers.json';

/** The page's `sources:` front matter: the order numbers its citations and its sources list. */
export function usePageSourceIds(): readonly string[] {
  const {frontMatter} = useDoc();
  const listed = (frontMatter as {sources?: unknown}).sources;
  return Array.isArray(listed) ? listed.map(String) : [];
}

export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/**
 * A source's publisher, from a module of publishers alone: the full records load only where a page
 * lists them (plugins/localized-data/citedSources.ts). The build has already checked every cited id.
 */
export function publisherOf(id: string): string {
  const publisher = publishers[id];
  if (publisher === undefined) throw new Error(`src/data/sources.ts: no source has the id "${id}"`);
  return publisher;
}
