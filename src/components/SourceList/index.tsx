import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {ReactNode} from 'react';
import {sourceAnchor} from '@site/src/components/Cite/_utils';
import type {CitedSource} from '@site/plugins/localized-data/clientData';
import {searchSkip} from '@site/src/components/searchSkip';
import styles from './styles.module.css';

interface Props {
  /** In citation order: item n is what `[n]` in the text points to. */
  readonly sources: readonly CitedSource[];
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
function Citation({source}: {readonly source: CitedSource}): ReactNode {
  const published = source.published ?? translate({id: 'sources.undated', message: 'Без даты'});
  // The librarians' wording in each language: «(дата обращения: …)», "(accessed …)".
  const checked = translate(
    {id: 'sources.checked', message: '(дата обращения: {date})'},
    {date: source.checked},
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
        <Link href={source.archiveUrl} className={`${styles.url} ${styles.archive}`}>
          {translate({id: 'sources.archive', message: 'Копия в веб-архиве'})}
        </Link>
      )}
    </>
  );
}

export default function SourceList({sources}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  // Other pages link `/sources#source-…`: declare the anchors so the broken-anchor check knows them.
  sources.forEach(({id}) => brokenLinks.collectAnchor(sourceAnchor(id)));
  return (
    // Out of the search index, on the sources page too: a headline is the publication's words, and
    // matched topics that the pages themselves answer.
    <ol className={styles.list} {...searchSkip}>
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)}>
          <Citation source={source} />
        </li>
      ))}
    </ol>
  );
}
