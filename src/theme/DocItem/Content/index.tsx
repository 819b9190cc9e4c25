import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import {translate} from '@docusaurus/Translate';
import type {ComponentProps, ReactNode} from 'react';
import CitePage from '@site/src/components/CitePage';
import LastReviewed from '@site/src/components/LastReviewed';
import {usePageGlossary} from '@site/src/components/PageGlossary/_utils';
import PageNames from '@site/src/components/PageNames';
import {searchSkip} from '@site/src/components/searchSkip';
import SourceList from '@site/src/components/SourceList';
import TranslationBanner from '@site/src/components/TranslationBanner';
import {translationNotice} from '@site/plugins/translation-status/notice';
import {sourceLocale} from '@site/src/i18n/locales';

type Props = ComponentProps<typeof ContentType>;

/**
 * A translation's status notice first; then the page (marked as Russian when it is the Russian
 * text shown for a missing translation, so that screen readers read it as Russian) and when it was
 * last checked against its sources; the names it mentions in both scripts; then its own sources,
 * from its `sources:` front matter, in citation order; last, how to cite the page.
 */
export default function ContentWrapper(props: Props): ReactNode {
  // The records of the page's `sources:`, made at build time (plugins/localized-data/citedSources.ts).
  const {sources} = usePageGlossary();
  const {metadata} = useDoc();
  // From the metadata module, made on every build; the page's own `frontMatter` export may be
  // cached from before its Russian source changed (plugins/translation-status/frontMatter.ts).
  const notice = translationNotice(metadata.frontMatter);
  return (
    <>
      {notice && <TranslationBanner notice={notice} />}
      {notice?.status === 'missing' ? (
        <div lang={sourceLocale}>
          <Content {...props} />
        </div>
      ) : (
        <Content {...props} />
      )}
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
      {/* A new block per page: cite.js adds to it, and must find the next page's untouched. */}
      <CitePage key={metadata.permalink} />
    </>
  );
}
