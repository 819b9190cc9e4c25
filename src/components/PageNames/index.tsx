import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import {usePageGlossary} from '@site/src/components/PageGlossary/_utils';
import styles from './styles.module.css';

/**
 * The names this page mentions, in both scripts and with their other spellings: what a journalist
 * needs to search further, and what lets the site's search find the page by any spelling.
 */
export default function PageNames(): ReactNode {
  const terms = Object.entries(usePageGlossary().terms);
  if (terms.length === 0) return null;
  return (
    <section className={styles.names}>
      <Heading as="h2" id="names">
        {translate({id: 'page.names.title', message: 'Имена и названия на этой странице'})}
      </Heading>
      <ul>
        {terms.map(([id, entry]) => (
          <li key={id}>
            <Link to={`/glossary#${id}`}>
              <span lang="ru">{entry.ru}</span> — <span lang="en">{entry.en}</span>
            </Link>
            {entry.variants.length > 0 && (
              <span className={styles.variants}>{` (${entry.variants.join(', ')})`}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
