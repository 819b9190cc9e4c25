import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import docs from '@generated/nc-sos-data-text/default/docs.json';
import type {DocRef} from '@site/plugins/localized-data/clientData';
import {filingText} from '@site/src/i18n/alphabetical';
import styles from './styles.module.css';

/** Pages grouped by initial; the build has sorted them (plugins/localized-data). */
function byInitial(docs: readonly DocRef[], locale: string): [string, DocRef[]][] {
  const groups = new Map<string, DocRef[]>();
  for (const doc of docs) {
    const initial = filingText(doc.title).charAt(0).toLocaleUpperCase(locale);
    groups.set(initial, [...(groups.get(initial) ?? []), doc]);
  }
  return [...groups];
}

/** Every page of the site by title, A to Z (А–Я in Russian): a way in that needs no search. */
export default function PageIndex(): ReactNode {
  const {i18n} = useDocusaurusContext();
  return byInitial(docs, i18n.currentLocale).map(([initial, group]) => (
    <section key={initial}>
      <Heading as="h2" id={`letter-${initial}`} className={styles.letter}>
        {initial}
      </Heading>
      <ul className={styles.list}>
        {group.map((doc) => (
          <li key={doc.permalink}>
            <Link to={doc.permalink}>{doc.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  ));
}
