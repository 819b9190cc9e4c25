import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import LinkList from '@site/src/components/LinkList';
import SourceLinks from '@site/src/components/SourceLinks';
import type {GlossaryPageEntry} from '@site/plugins/localized-data/clientData';
import {namesInOrder} from '@site/src/data/glossary/types';
import styles from './styles.module.css';

function Entry({entry}: {readonly entry: GlossaryPageEntry}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const [own, other] = namesInOrder(entry, i18n.currentLocale);
  return (
    <div className={styles.entry}>
      <Heading as="h2" id={entry.id} className={styles.name}>
        <span lang={own.lang}>{own.name}</span>{' '}
        {/* The space keeps the two names apart for screen readers, copying and the search index. */}
        <span className={styles.otherName} lang={other.lang}>
          {other.name}
        </span>
      </Heading>
      <p>{entry.description}</p>
      <dl className={styles.details}>
        {entry.variants.length > 0 && (
          <>
            <dt>
              <Translate id="glossary.entry.variants">Другие написания</Translate>
            </dt>
            <dd>{entry.variants.join(', ')}</dd>
          </>
        )}
        {entry.pages.length > 0 && (
          <>
            <dt>
              <Translate id="glossary.entry.pages">Упоминается</Translate>
            </dt>
            <dd>
              <LinkList
                links={entry.pages.map(({permalink, title}) => ({to: permalink, label: title}))}
              />
            </dd>
          </>
        )}
        <dt>
          <Translate id="glossary.entry.sources">Источники</Translate>
        </dt>
        <dd>
          <SourceLinks ids={entry.sources} />
        </dd>
      </dl>
    </div>
  );
}

interface Props {
  /** A kind's entries, from its page's module (`@generated/nc-sos-data-text/default/glossary-*.json`). */
  readonly entries: readonly GlossaryPageEntry[];
}

/** A kind's glossary page: each name in both scripts, with what the site knows of it. */
export default function Glossary({entries}: Props): ReactNode {
  return entries.map((entry) => <Entry key={entry.id} entry={entry} />);
}
