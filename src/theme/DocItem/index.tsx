import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {ComponentProps, ReactNode} from 'react';
import type {PageGlossary} from '@site/plugins/data-text/clientData';
import PageGlossaryProvider from '@site/src/components/PageGlossary';

type Props = ComponentProps<typeof DocItemType>;

/** Hands `<Term>`, the list of names and the keywords the page's own glossary, which every page exports. */
export default function DocItemWrapper(props: Props): ReactNode {
  // plugins/remark-page-glossary.ts adds the export; Docusaurus sets a page's exports on its component.
  const {pageGlossary} = props.content as Props['content'] & {readonly pageGlossary?: PageGlossary};
  if (pageGlossary === undefined) {
    throw new Error(
      `${props.content.metadata.source} has no pageGlossary export (plugins/remark-page-glossary.ts)`,
    );
  }
  return (
    <PageGlossaryProvider glossary={pageGlossary}>
      <DocItem {...props} />
    </PageGlossaryProvider>
  );
}
