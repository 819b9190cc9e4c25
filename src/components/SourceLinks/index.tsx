import type {ReactNode} from 'react';
import {publisherOf, sourceAnchor} from '@site/src/components/Cite/_utils';
import LinkList from '@site/src/components/LinkList';
import type {SourceId} from '@site/src/data/sources';

interface Props {
  readonly ids: readonly SourceId[];
}

/** Publishers of the given sources, each linked to its full citation on the sources page. */
export default function SourceLinks({ids}: Props): ReactNode {
  return (
    <LinkList
      links={ids.map((id) => ({
        to: `/sources#${sourceAnchor(id)}`,
        label: publisherOf(id),
      }))}
    />
  );
}
