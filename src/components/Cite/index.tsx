import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import type {SourceId} from '@site/src/data/sources';
import {publisherOf, sourceAnchor, usePageSourceIds} from './_utils';
import styles from './styles.module.css';

interface Props {
  readonly id: SourceId;
}

/** A numbered reference to one of the page's sources, as in an encyclopedia: `[1]`. */
export default function Cite({id}: Props): ReactNode {
  const number = usePageSourceIds().indexOf(id) + 1;
  const label = translate(
    {id: 'cite.label', message: 'Источник {number}: {publisher}'},
    {number, publisher: publisherOf(id)},
  );
  return (
    <sup className={styles.cite}>
      <Link to={`#${sourceAnchor(id)}`} aria-label={label}>
        [{number}]
      </Link>
    </sup>
  );
}
