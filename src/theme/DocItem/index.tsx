import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {ComponentProps, ReactNode} from 'react';
import type {PageGlossary, TermDescriptionsLoader} from '@site/plugins/data-text/clientData';
import PageGlossaryProvider from '@site/src/components/PageGlossary';

type Props = ComponentProps<typeof DocItemType>;

type PageExports = Props['content'] & {
  readonly pageGlossary?: PageGlossary;
  readonly termDescriptions?: TermDescriptionsLoader;
};

/**
 * Hands `<Term>`, the list of names and the keywords the page's own glossary, and `<Term>` the loader
 * of its descriptions, which every page exports.
 */
export default function DocItemWrapper(props: Props): ReactNode {
  // plugins/remark-page-glossary.ts adds the exports; Docusaurus sets a page's exports on its component.
  const {pageGlossary, termDescriptions} = props.content as PageExports;
  if (pageGlossary === undefined || termDescriptions === undefined) {
    throw new Error(
      `${props.content.metadata.source} lacks the pageGlossary or termDescriptions export (plugins/remark-page-glossary.ts)`,
    );
  }
  return (
    <PageGlossaryProvider glossary={pageGlossary} loadDescriptions={termDescriptions}>
      <DocItem {...props} />
    </PageGlossaryProvider>
  );
}
