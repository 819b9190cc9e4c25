import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {ComponentProps, ReactNode} from 'react';
import type {PageTerms} from '@site/plugins/data-text/clientData';
import {PageTermsProvider} from '@site/src/components/PageTerms';

type Props = ComponentProps<typeof DocItemType>;

/** Hands `<Term>` and the list of names the page's own terms, which every page exports. */
export default function DocItemWrapper(props: Props): ReactNode {
  // plugins/remark-page-terms.ts adds the export; Docusaurus sets a page's exports on its component.
  const {pageTerms} = props.content as Props['content'] & {readonly pageTerms?: PageTerms};
  if (pageTerms === undefined) {
    throw new Error(
      `${props.content.metadata.source} has no pageTerms export (plugins/remark-page-terms.ts)`,
    );
  }
  return (
    <PageTermsProvider terms={pageTerms}>
      <DocItem {...props} />
    </PageTermsProvider>
  );
}
