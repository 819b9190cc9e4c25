import {createContext, type ReactNode, useContext} from 'react';
import type {PageGlossary, PageTerm} from '@site/plugins/data-text/clientData';

const PageGlossaryContext = createContext<PageGlossary | null>(null);

/** The glossary of the page being shown, from its `pageGlossary` export (src/theme/DocItem). */
export function PageGlossaryProvider({
  glossary,
  children,
}: {
  readonly glossary: PageGlossary;
  readonly children: ReactNode;
}): ReactNode {
  return <PageGlossaryContext.Provider value={glossary}>{children}</PageGlossaryContext.Provider>;
}

export function usePageGlossary(): PageGlossary {
  const glossary = useContext(PageGlossaryContext);
  if (glossary === null)
    throw new Error('Glossary terms show on doc pages only (src/theme/DocItem)');
  return glossary;
}

/** A term as this page shows it; a term missing from the page's glossary stops the build. */
export function usePageTerm(id: string): PageTerm {
  const term = usePageGlossary().terms[id];
  if (term === undefined) {
    throw new Error(
      `<Term id="${id}"> is not in the page's glossary (plugins/data-text/pageGlossary.ts)`,
    );
  }
  return term;
}
