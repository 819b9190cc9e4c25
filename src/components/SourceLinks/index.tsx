import Link from '@docusaurus/Link';
import type {ReactNode} from 'react';
import {sourceAnchor} from '@site/src/components/Cite/_utils';
import {sourceById, type SourceId} from '@site/src/data/sources';

interface Props {
  readonly ids: readonly SourceId[];
}

/** Publishers of the given sources, each linked to its full citation on the sources page. */
export default function SourceLinks({ids}: Props): ReactNode {
  return ids.map((id, index) => (
    <span key={id}>
      {index > 0 && ', '}
      <Link to={`/sources#${sourceAnchor(id)}`}>{sourceById(id).publisher}</Link>
    </span>
  ));
}
