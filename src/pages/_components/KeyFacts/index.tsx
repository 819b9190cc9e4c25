import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import keyFactsText from '@generated/nc-sos-data-text/default/key-facts.json';
import {CiteMark} from '@site/src/components/Cite';
import SourceList from '@site/src/components/SourceList';
import styles from './styles.module.css';

/**
 * The few figures journalists ask first, from the figures page's data (src/data/keyFacts.ts), each
 * with its citation and the sources listed in full below, as on a doc page. Build-time HTML only.
 */
export default function KeyFacts(): ReactNode {
  const {facts, sources} = keyFactsText;
  return (
    <section className={styles.box} aria-labelledby="key-facts">
      <Heading as="h2" id="key-facts" className={styles.title}>
        {/* A string, not <Translate>: the heading's link is named after its text (src/theme/Heading). */}
        {translate({id: 'home.keyFacts.title', message: 'Коротко о СК SOS'})}
      </Heading>
      <dl className={styles.facts}>
        {facts.map((fact) => (
          <div key={fact.id} className={styles.fact} data-fact={fact.id}>
            <dt className={styles.label}>{fact.label}</dt>
            <dd className={styles.value}>
              {fact.value}
              {fact.cites.map((cite) => (
                <CiteMark key={cite.id} id={cite.id} number={cite.number} />
              ))}
            </dd>
            {fact.note && <dd className={styles.note}>{fact.note}</dd>}
          </div>
        ))}
      </dl>
      <p className={styles.more}>
        <Link to="/activity/figures">
          <Translate id="home.keyFacts.more">Все цифры по годам и их источники</Translate>
        </Link>
      </p>
      {/* Open, not folded in <details>: a citation's link must land on its record, and print it. */}
      <p className={styles.sourcesTitle} id="key-facts-sources">
        <Translate id="home.keyFacts.sources">Источники</Translate>
      </p>
      <div className={styles.sources} role="group" aria-labelledby="key-facts-sources">
        <SourceList sources={sources} />
      </div>
    </section>
  );
}
