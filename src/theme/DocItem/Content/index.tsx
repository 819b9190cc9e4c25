import Heading from '@theme/Heading';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import {translate} from '@docusaurus/Translate';
import type {ComponentProps, ReactNode} from 'react';
import {usePageSourceIds} from '@site/src/components/Cite/_utils';
import LastReviewed from '@site/src/components/LastReviewed';
import PageNames from '@site/src/components/PageNames';
import SourceList from '@site/src/components/SourceList';
import TranslationBanner from '@site/src/components/TranslationBanner';
import type {SourceId} from '@site/src/data/sources';

type Props = ComponentProps<typeof ContentType>;

/**
 * A translation's status notice first; then the page and when it was last checked against its
 * sources; the names it mentions in both scripts; then its own sources, from its `sources:` front
 * matter, in citation order.
 */
export default function ContentWrapper(props: Props): ReactNode {
  // The remark plugin has already checked these ids against src/data/sources.ts.
  const sourceIds = usePageSourceIds() as readonly SourceId[];
  return (
    <>
      <TranslationBanner />
      <Content {...props} />
      {/* Here, not after the sources, whose entries each end with the day a source was checked. */}
      <LastReviewed />
      <PageNames />
      {sourceIds.length > 0 && (
        <section className="margin-top--lg">
          <Heading as="h2" id="sources">
            {translate({id: 'page.sources.title', message: 'Источники'})}
          </Heading>
          <SourceList ids={sourceIds} />
        </section>
      )}
    </>
  );
}
