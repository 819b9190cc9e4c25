import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {type KeyboardEvent, type ReactNode, useId, useState} from 'react';
import type {TermId} from '@site/src/data/glossary';
// Not from the glossary's index, which would bring the whole glossary into every page.
import {nameIn} from '@site/src/data/glossary/types';
import {usePageTerm, useTermDescription} from '@site/src/components/PageGlossary/_utils';
import {dropNativeTooltip} from './_utils';
import styles from './styles.module.css';

interface Props {
  readonly id: TermId;
  /** Display text, inflected as the sentence needs (`«Сферы»`); defaults to the name in this language. */
  readonly children?: ReactNode;
}

/**
 * A name in running text, linked to its glossary entry, with the native name and a short description.
 * The tooltip shows the names at once, with or without JavaScript; the description comes when the
 * reader first points at a term or focuses anything (src/components/PageGlossary).
 */
export default function Term({id, children}: Props): ReactNode {
  const term = usePageTerm(id);
  const {ru, en} = term;
  const {description, request: requestDescription} = useTermDescription(id);
  const {i18n} = useDocusaurusContext();
  const tooltipId = useId();
  const [dismissed, setDismissed] = useState(false);
  const ownName = nameIn(term, i18n.currentLocale);
  const names = `${ru} — ${en}`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setDismissed(true);
  };

  return (
    <span
      className={styles.term}
      data-dismissed={dismissed || undefined}
      onKeyDown={onKeyDown}
      onPointerEnter={requestDescription}
      onMouseLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}>
      <Link
        to={term.glossaryPath}
        className={styles.link}
        aria-describedby={tooltipId}
        // Without JavaScript the browser's own tooltip shows the names; with it, ours replaces it.
        title={names}
        ref={dropNativeTooltip}>
        {children ?? ownName}
      </Link>
      <span role="tooltip" id={tooltipId} className={styles.tooltip}>
        <span className={styles.names}>
          <span lang="ru">{ru}</span>
          {' · '}
          <span lang="en">{en}</span>
        </span>
        {description !== undefined && <span className={styles.description}>{description}</span>}
      </span>
    </span>
  );
}
