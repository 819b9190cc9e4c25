import Heading from '@theme/Heading';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import {translate} from '@docusaurus/Translate';
import type {ComponentProps, ReactNode} from 'react';
import LastReviewed from '@site/src/components/LastReviewed';
import {usePageGlossary} from '@site/src/components/PageGlossary/_utils';
import PageNames from '@site/src/components/PageNames';
import {searchSkip} from '@site/src/components/searchSkip';
import SourceList from '@site/src/components/SourceList';
import TranslationBanner from '@site/src/components/TranslationBanner';

type Props = ComponentProps<typeof ContentType>;

/**
 * A translation's status notice first; then the page and when it was last checked against its
 * sources; the names it mentions in both scripts; then its own sources, from its `sources:` front
 * matter, in citation order.
 */
export default function ContentWrapper(props: Props): ReactNode {
  // The records of the page's `sources:`, made at build time (plugins/data-text/citedSources.ts).
  const {sources} = usePageGlossary();
  return (
    <>
      <TranslationBanner />
      <Content {...props} />
      {/* Here, not after the sources, whose entries each end with the day a source was checked. */}
      <LastReviewed />
      <PageNames />
      {sources.length > 0 && (
        // Out of the search index: a source's title or address is not the citing page's text.
        <section className="margin-top--lg" {...searchSkip}>
          <Heading as="h2" id="sources">
            {translate({id: 'page.sources.title', message: 'Источники'})}
          </Heading>
          <SourceList sources={sources} />
        </section>
      )}
    </>
  );
}
