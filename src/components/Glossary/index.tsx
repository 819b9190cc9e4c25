import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import LinkList from '@site/src/components/LinkList';
import SourceLinks from '@site/src/components/SourceLinks';
import glossaryText from '@generated/nc-sos-data-text/default/glossary.json';
import type {GlossaryPageEntry} from '@site/plugins/data-text/clientData';
import {kindLabel} from './_utils';
import styles from './styles.module.css';

function Entry({entry}: {readonly entry: GlossaryPageEntry}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const isRussian = i18n.currentLocale === 'ru';
  return (
    <div className={styles.entry}>
      <Heading as="h3" id={entry.id} className={styles.name}>
        <span lang={isRussian ? 'ru' : 'en'}>{isRussian ? entry.ru : entry.en}</span>
        <span className={styles.otherName} lang={isRussian ? 'en' : 'ru'}>
          {isRussian ? entry.en : entry.ru}
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

/** The glossary page body: every name in both scripts, grouped by kind, in this locale's order. */
export default function Glossary(): ReactNode {
  return glossaryText.groups.map(({kind, entries}) => (
    <section key={kind}>
      <Heading as="h2" id={`kind-${kind}`}>
        {kindLabel(kind)}
      </Heading>
      {entries.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </section>
  ));
}
