import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import type {SourceId} from '@site/src/data/sources';
import {publisherOf, sourceAnchor, usePageSourceIds} from './_utils';
import styles from './styles.module.css';

interface MarkProps {
  readonly id: SourceId;
  /** Its place in the list of sources it points to. */
  readonly number: number;
}

/**
 * The mark itself, for a list of sources that is not a doc page's (the home pages' key facts):
 * `[n]`, linked to the list's entry and named after the source's publisher.
 */
export function CiteMark({id, number}: MarkProps): ReactNode {
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

/** A numbered reference to one of the page's sources, as in an encyclopedia: `[1]`. */
export default function Cite({id}: {readonly id: SourceId}): ReactNode {
  return <CiteMark id={id} number={usePageSourceIds().indexOf(id) + 1} />;
}
