import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import NameList from '@site/src/components/NameList';
import glossaryText from '@generated/nc-sos-data-text/default/glossary.json';
import {glossaryKindSlugs} from '@site/src/data/glossary/types';
import {kindLabel} from './_utils';

/**
 * Every name of the glossary on its first page, by kind, each linked to its entry on its kind's
 * page: one page to scan or search in for a name, the entries themselves on lighter pages.
 */
export default function GlossaryOverview(): ReactNode {
  return glossaryText.groups.map(({kind, entries}) => (
    <section key={kind}>
      <Heading as="h2" id={glossaryKindSlugs[kind]}>
        {kindLabel(kind)}
      </Heading>
      <NameList names={entries} />
    </section>
  ));
}
