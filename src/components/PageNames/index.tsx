import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import NameList from '@site/src/components/NameList';
import {usePageGlossary} from '@site/src/components/PageGlossary/_utils';

/**
 * The names this page mentions, in both scripts and with their other spellings: what a journalist
 * needs to search further, and what lets the site's search find the page by any spelling.
 */
export default function PageNames(): ReactNode {
  const terms = Object.entries(usePageGlossary().terms);
  if (terms.length === 0) return null;
  return (
    <section>
      <Heading as="h2" id="names">
        {translate({id: 'page.names.title', message: 'Имена и названия на этой странице'})}
      </Heading>
      <NameList names={terms.map(([id, term]) => ({id, ...term}))} />
    </section>
  );
}
