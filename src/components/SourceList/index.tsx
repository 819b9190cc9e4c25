import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import sourceDates from '@generated/nc-sos-data-text/default/source-dates.json';
import type {ReactNode} from 'react';
import {sourceAnchor} from '@site/src/components/Cite/_utils';
import {type Source, sourceById, type SourceId} from '@site/src/data/sources';
import styles from './styles.module.css';

interface Props {
  /** In citation order: item n is what `[n]` in the text points to. */
  readonly ids: readonly SourceId[];
}

function Citation({source}: {readonly source: Source}): ReactNode {
  const date = sourceDates[source.id];
  return (
    <>
      {source.publisher}
      {source.title && (
        <>
          {'. '}
          <cite lang="en">{source.title}</cite>
        </>
      )}
      {'. '}
      {date ?? <Translate id="sources.undated">Без даты</Translate>}
      {'.'}
      {source.url && (
        <>
          {' '}
          <Link href={source.url} className={styles.url}>
            {source.url}
          </Link>
        </>
      )}
    </>
  );
}

export default function SourceList({ids}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  // Other pages link `/sources#source-…`: declare the anchors so the broken-anchor check knows them.
  ids.forEach((id) => brokenLinks.collectAnchor(sourceAnchor(id)));
  return (
    <ol className={styles.list}>
      {ids.map((id) => (
        <li key={id} id={sourceAnchor(id)}>
          <Citation source={sourceById(id)} />
        </li>
      ))}
    </ol>
  );
}
