import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import styles from '@site/src/css/dataTable.module.css';
import {figureMeasures, totalSince2017, yearlyFigures} from '@site/src/data/figures';
import AnchorLink from '@site/src/components/AnchorLink';
import {figuresRowId} from '@site/src/data/anchors';
import SourceLinks from '@site/src/components/SourceLinks';
import figuresText from '@generated/nc-sos-data-text/default/figures.json';

/** The yearly figures as a table: the text alternative to FiguresChart, and what journalists quote. */
export default function FiguresTable(): ReactNode {
  const {chartTitle, measures, note2022, total} = figuresText;
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption>{chartTitle}</caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="figures.table.year">Год</Translate>
            </th>
            {figureMeasures.map((measure) => (
              <th scope="col" key={measure}>
                {measures[measure]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {yearlyFigures.map((row) => (
            <tr key={row.year} id={figuresRowId(row.year)}>
              <th scope="row">
                {row.year}
                <AnchorLink id={figuresRowId(row.year)} label={String(row.year)} />
              </th>
              {figureMeasures.map((measure) => (
                <td key={measure}>{row[measure]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.note}>
        {note2022} {total} <Translate id="figures.table.source">Источник:</Translate>{' '}
        <SourceLinks ids={[totalSince2017.source]} />.
      </p>
    </div>
  );
}
