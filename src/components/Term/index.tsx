import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {type ReactNode, useId} from 'react';
import type {TermId} from '@site/src/data/glossary';
// Not from the glossary's index, which would bring the whole glossary into every page.
import {namesInOrder} from '@site/src/data/glossary/types';
import {usePageTerm} from '@site/src/components/PageGlossary/_utils';
import styles from './styles.module.css';

interface Props {
  readonly id: TermId;
  /** Display text, inflected as the sentence needs (`«Сферы»`); defaults to the name in this language. */
  readonly children?: ReactNode;
}

/**
 * A name in running text, linked to its glossary entry, with the native name and a short description.
 * Markup only: content pages ship no React. CSS shows the tooltip on hover and focus, with or
 * without JavaScript; site.js (plugins/static-first) takes off the link's `title`, which repeats the
 * names for the browser's own tooltip, and hides the tooltip on Escape (`data-dismissed`).
 */
export default function Term({id, children}: Props): ReactNode {
  const term = usePageTerm(id);
  const {i18n} = useDocusaurusContext();
  const tooltipId = useId();
  // The page's language first, in the tooltip and in the no-JavaScript title alike.
  const [own, other] = namesInOrder(term, i18n.currentLocale);
  return (
    <span className={styles.term}>
      <Link
        to={term.glossaryPath}
        className={styles.link}
        aria-describedby={tooltipId}
        title={`${own.name} — ${other.name}`}>
        {children ?? own.name}
      </Link>
      <span role="tooltip" id={tooltipId} className={styles.tooltip}>
        <span className={styles.names}>
          <span lang={own.lang}>{own.name}</span>
          {' · '}
          <span lang={other.lang}>{other.name}</span>
        </span>
        <span className={styles.description}>{term.description}</span>
      </span>
    </span>
  );
}
