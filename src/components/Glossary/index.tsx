import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import {glossaryEntry, type TermId} from '@site/src/data/glossary';
import SourceLinks from '@site/src/components/SourceLinks';
import glossaryText from '@generated/nc-sos-data-text/default/glossary.json';
import {kindLabel} from './_utils';
import styles from './styles.module.css';

function Entry({id}: {readonly id: TermId}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {descriptions, termPages} = glossaryText;
  const entry = glossaryEntry(id);
  const isRussian = i18n.currentLocale === 'ru';
  const pages = termPages[entry.id] ?? [];
  return (
    <div className={styles.entry}>
      <Heading as="h3" id={entry.id} className={styles.name}>
        <span lang={isRussian ? 'ru' : 'en'}>{isRussian ? entry.ru : entry.en}</span>
        <span className={styles.otherName} lang={isRussian ? 'en' : 'ru'}>
          {isRussian ? entry.en : entry.ru}
        </span>
      </Heading>
      <p>{descriptions[id]}</p>
      <dl className={styles.details}>
        {entry.variants.length > 0 && (
          <>
            <dt>
              <Translate id="glossary.entry.variants">Другие написания</Translate>
            </dt>
            <dd>{entry.variants.join(', ')}</dd>
          </>
        )}
        {pages.length > 0 && (
          <>
            <dt>
              <Translate id="glossary.entry.pages">Упоминается</Translate>
            </dt>
            <dd>
              {pages.map((page, index) => (
                <span key={page.permalink}>
                  {index > 0 && ', '}
                  <Link to={page.permalink}>{page.title}</Link>
                </span>
              ))}
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
  return glossaryText.groups.map(({kind, ids}) => (
    <section key={kind}>
      <Heading as="h2" id={`kind-${kind}`}>
        {kindLabel(kind)}
      </Heading>
      {ids.map((id) => (
        <Entry key={id} id={id} />
      ))}
    </section>
  ));
}
