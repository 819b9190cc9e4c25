import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
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

/** Ends a part of the record with a full stop, unless it already has one (Russian dates end in «г.»). */
function stop(text: string): string {
  return /[.!?…]$/.test(text) ? `${text} ` : `${text}. `;
}

/**
 * One full record, as a newsroom cites it: author, publisher, title (in the publication's own
 * language, marked with `lang` so screen readers and hyphenation follow it), date, address, the day
 * the editors last checked it, and an archived copy where one is known.
 */
function Citation({source}: {readonly source: Source}): ReactNode {
  const dates = sourceDates[source.id];
  const published = dates?.published ?? translate({id: 'sources.undated', message: 'Без даты'});
  // The librarians' wording in each language: «(дата обращения: …)», "(accessed …)".
  const checked = translate(
    {id: 'sources.checked', message: '(дата обращения: {date})'},
    {date: dates?.checked ?? source.checked},
  );
  return (
    <>
      {source.author && stop(source.author)}
      {stop(source.publisher)}
      {source.titleSupplied ? (
        // A description by the editors, not the publication's words: bracketed, not a <cite>.
        <span lang={source.language}>{`[${source.title}]. `}</span>
      ) : (
        <>
          <cite lang={source.language}>{source.title}</cite>
          {/[.!?…]$/.test(source.title) ? ' ' : '. '}
        </>
      )}
      {stop(published)}
      <Link href={source.url} className={styles.url}>
        {source.url}
      </Link>{' '}
      {`${checked}. `}
      {source.archiveUrl && (
        <Link href={source.archiveUrl} className={styles.url}>
          {translate({id: 'sources.archive', message: 'Копия в веб-архиве'})}
        </Link>
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
