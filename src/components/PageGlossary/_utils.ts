import {createContext, useContext} from 'react';
import type {PageGlossary, PageTerm} from '@site/plugins/localized-data/clientData';

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
      `<Term id="${id}"> is not in the page's glossary (plugins/localized-data/pageGlossary.ts)`,
    );
  }
  return term;
}
