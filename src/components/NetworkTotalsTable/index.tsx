import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import styles from '@site/src/css/dataTable.module.css';
import {networkMeasures} from '@site/src/data/figures';
import AnchorLink from '@site/src/components/AnchorLink';
import SourceLinks from '@site/src/components/SourceLinks';
import figuresText from '@generated/nc-sos-data-text/default/figures.json';

/**
 * The Russian LGBT Network's running totals for Chechnya since April 2017: a table of its own, not a
 * year in FiguresTable, because these are totals stated on given dates, worded with the source's
 * hedges ("more than 80"), and measure other things than NC SOS's yearly reports.
 */
export default function NetworkTotalsTable(): ReactNode {
  const {caption, asOf, measures, note, rows} = figuresText.network;
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{asOf}</th>
            {networkMeasures.map((measure) => (
              <th scope="col" key={measure}>
                {measures[measure]}
              </th>
            ))}
            <th scope="col">
              <Translate id="figures.network.source">Источник</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={row.id}>
              <th scope="row">
                {row.asOf}
                <AnchorLink id={row.id} label={row.asOf} />
              </th>
              {networkMeasures.map((measure) => (
                <td key={measure}>{row.counts[measure] ?? '—'}</td>
              ))}
              <td>
                <SourceLinks ids={[row.source]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.note}>{note}</p>
    </div>
  );
}
