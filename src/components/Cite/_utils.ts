import {useDoc} from '@docusaurus/plugin-content-docs/client';

/** The page's `sources:` front matter: the order numbers its citations and its sources list. */
export function usePageSourceIds(): readonly string[] {
  const {frontMatter} = useDoc();
  const listed = (frontMatter as {sources?: unknown}).sources;
  return Array.isArray(listed) ? listed.map(String) : [];
}

export function sourceAnchor(id: string): string {
  return `source-${id}`;
}
