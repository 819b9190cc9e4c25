import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {ComponentProps, ReactNode} from 'react';
import type {PageGlossary} from '@site/plugins/localized-data/clientData';
import {LastReviewedContext, type ReviewDate} from '@site/src/components/LastReviewed/_utils';
import {PageGlossaryContext} from '@site/src/components/PageGlossary/_utils';

type Props = ComponentProps<typeof DocItemType>;

type PageExports = Props['content'] & {
  readonly pageGlossary?: PageGlossary;
  readonly lastReviewed?: ReviewDate;
};

/**
 * Hands `<Term>`, the list of names and the keywords the page's own glossary, and the page's foot
 * its review date, which every page exports.
 */
export default function DocItemWrapper(props: Props): ReactNode {
  // plugins/remark-page-glossary.ts and remark-last-reviewed.ts add the exports; Docusaurus sets a
  // page's exports on its component.
  const {pageGlossary, lastReviewed} = props.content as PageExports;
  if (pageGlossary === undefined || lastReviewed === undefined) {
    throw new Error(
      `${props.content.metadata.source} lacks the pageGlossary or lastReviewed export (plugins/remark-page-glossary.ts, plugins/remark-last-reviewed.ts)`,
    );
  }
  return (
    <LastReviewedContext.Provider value={lastReviewed}>
      <PageGlossaryContext.Provider value={pageGlossary}>
        <DocItem {...props} />
      </PageGlossaryContext.Provider>
    </LastReviewedContext.Provider>
  );
}
