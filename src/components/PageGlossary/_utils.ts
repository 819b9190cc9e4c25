import {createContext, useContext} from 'react';
import type {PageGlossary, PageTerm, TermDescriptions} from '@site/plugins/data-text/clientData';

export const PageGlossaryContext = createContext<PageGlossary | null>(null);

const outsideDocPage = 'Glossary terms show on doc pages only (src/theme/DocItem)';

export function usePageGlossary(): PageGlossary {
  const glossary = useContext(PageGlossaryContext);
  if (glossary === null) throw new Error(outsideDocPage);
  return glossary;
}

/**
 * A term as this page shows it. One missing from the page's glossary stops the build; under
 * `npm start`, a `<Term>` just added shows this until the page's glossary file is written again.
 */
export function usePageTerm(id: string): PageTerm {
  const term = usePageGlossary().terms[id];
  if (term === undefined) {
    throw new Error(
      `<Term id="${id}"> is not in the page's glossary (plugins/data-text/pageGlossary.ts)`,
    );
  }
  return term;
}

export interface TermDescriptionsOnRequest {
  /** Null until fetched: during the server render and hydration, and until the reader asks. */
  readonly descriptions: TermDescriptions | null;
  /** Fetches the page's descriptions, once; after a failure, the next call tries again. */
  readonly request: () => void;
}

export const TermDescriptionsContext = createContext<TermDescriptionsOnRequest | null>(null);

/** A term's description once fetched, and the call that fetches the page's descriptions. */
export function useTermDescription(id: string): {
  readonly description: string | undefined;
  readonly request: () => void;
} {
  const state = useContext(TermDescriptionsContext);
  if (state === null) throw new Error(outsideDocPage);
  return {description: state.descriptions?.[id], request: state.request};
}
