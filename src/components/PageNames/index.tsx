import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import NameList from '@site/src/components/NameList';
import {usePageGlossary} from '@site/src/components/PageGlossary/_utils';
import {searchSkip} from '@site/src/components/searchSkip';

/**
 * The names this page mentions, in both scripts and with their other spellings: what a journalist
 * needs to search further. Kept out of the search index (`searchSkip`): the page's keywords carry
 * the same spellings, where they count as the page's own text and not as a section of their own.
 */
export default function PageNames(): ReactNode {
  const terms = Object.entries(usePageGlossary().terms);
  if (terms.length === 0) return null;
  return (
    <section {...searchSkip}>
      <Heading as="h2" id="names">
        {translate({id: 'page.names.title', message: 'Имена и названия на этой странице'})}
      </Heading>
      <NameList names={terms.map(([id, term]) => ({id, ...term}))} />
    </section>
  );
}
