import {type ReactNode, useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {
  PageGlossary,
  TermDescriptions,
  TermDescriptionsLoader,
} from '@site/plugins/data-text/clientData';
import {
  PageGlossaryContext,
  TermDescriptionsContext,
  type TermDescriptionsOnRequest,
} from './_utils';

interface Loaded {
  readonly load: TermDescriptionsLoader;
  readonly descriptions: TermDescriptions;
}

/** The page's term descriptions, fetched at the first request; a move to another page starts over. */
function useDescriptionsOnRequest(
  load: TermDescriptionsLoader,
  hasTerms: boolean,
): TermDescriptionsOnRequest {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const requested = useRef<TermDescriptionsLoader | null>(null);
  const request = useCallback(() => {
    if (requested.current === load) return;
    requested.current = load;
    load().then(
      (module) => setLoaded({load, descriptions: module.default}),
      () => {
        // Offline or blocked: the tooltip keeps the names, and the next hover or focus tries again.
        if (requested.current === load) requested.current = null;
      },
    );
  }, [load]);
  useEffect(() => {
    if (!hasTerms) return undefined;
    // A keyboard user tabs through the navigation before the text: fetching at the first focus
    // anywhere has the descriptions there when a screen reader announces the first term.
    document.addEventListener('focusin', request, {once: true});
    return () => document.removeEventListener('focusin', request);
  }, [request, hasTerms]);
  const descriptions = loaded?.load === load ? loaded.descriptions : null;
  return useMemo(() => ({descriptions, request}), [descriptions, request]);
}

/**
 * The glossary of the page being shown, from its `pageGlossary` export, and its terms' descriptions,
 * from its `termDescriptions` loader (src/theme/DocItem).
 */
export default function PageGlossaryProvider({
  glossary,
  loadDescriptions,
  children,
}: {
  readonly glossary: PageGlossary;
  readonly loadDescriptions: TermDescriptionsLoader;
  readonly children: ReactNode;
}): ReactNode {
  const descriptions = useDescriptionsOnRequest(
    loadDescriptions,
    Object.keys(glossary.terms).length > 0,
  );
  return (
    <PageGlossaryContext.Provider value={glossary}>
      <TermDescriptionsContext.Provider value={descriptions}>
        {children}
      </TermDescriptionsContext.Provider>
    </PageGlossaryContext.Provider>
  );
}
