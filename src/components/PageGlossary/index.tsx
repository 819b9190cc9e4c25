import type {ReactNode} from 'react';
import type {PageGlossary} from '@site/plugins/data-text/clientData';
import {PageGlossaryContext} from './_utils';

/** The glossary of the page being shown, from its `pageGlossary` export (src/theme/DocItem). */
export default function PageGlossaryProvider({
  glossary,
  children,
}: {
  readonly glossary: PageGlossary;
  readonly children: ReactNode;
}): ReactNode {
  return <PageGlossaryContext.Provider value={glossary}>{children}</PageGlossaryContext.Provider>;
}
