import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {type KeyboardEvent, type ReactNode, useId, useState} from 'react';
import type {TermId} from '@site/src/data/glossary';
// Not from the glossary's index, which would bring the whole glossary into every page.
import {namesInOrder} from '@site/src/data/glossary/types';
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
  const {description, request: requestDescription} = useTermDescription(id);
  const {i18n} = useDocusaurusContext();
  const tooltipId = useId();
  const [dismissed, setDismissed] = useState(false);
  // The page's language first, in the tooltip and in the no-JavaScript title alike.
  const [own, other] = namesInOrder(term, i18n.currentLocale);
  const names = `${own.name} — ${other.name}`;

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
        {children ?? own.name}
      </Link>
      <span role="tooltip" id={tooltipId} className={styles.tooltip}>
        <span className={styles.names}>
          <span lang={own.lang}>{own.name}</span>
          {' · '}
          <span lang={other.lang}>{other.name}</span>
        </span>
        {description !== undefined && <span className={styles.description}>{description}</span>}
      </span>
    </span>
  );
}
