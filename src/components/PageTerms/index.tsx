import {createContext, type ReactNode, useContext} from 'react';
import type {PageTerms} from '@site/plugins/data-text/clientData';

const PageTermsContext = createContext<PageTerms | null>(null);

/** The glossary terms of the page being shown, from its `pageTerms` export (src/theme/DocItem). */
export function PageTermsProvider({
  terms,
  children,
}: {
  readonly terms: PageTerms;
  readonly children: ReactNode;
}): ReactNode {
  return <PageTermsContext.Provider value={terms}>{children}</PageTermsContext.Provider>;
}

export function usePageTerms(): PageTerms {
  const terms = useContext(PageTermsContext);
  if (terms === null)
    throw new Error('Glossary terms are shown on doc pages only (src/theme/DocItem)');
  return terms;
}

/** A term's description on this page; a term the page's terms file lacks stops the build. */
export function useTermDescription(id: string): string {
  const description = usePageTerms()[id];
  if (description === undefined) {
    throw new Error(
      `<Term id="${id}"> is not among the page's terms (plugins/data-text/pageTerms.ts)`,
    );
  }
  return description;
}
