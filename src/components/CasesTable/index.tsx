import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import casesText from '@generated/nc-sos-data-text/default/cases.json';
import {cases} from '@site/src/data/cases';
import type {CaseText} from '@site/plugins/localized-data/clientData';
import AnchorLink from '@site/src/components/AnchorLink';
import {caseRowId} from '@site/src/data/anchors';
import SourceLinks from '@site/src/components/SourceLinks';
import styles from '@site/src/css/dataTable.module.css';

function caseText(id: string): CaseText {
  const text = casesText[id];
  if (text === undefined) throw new Error(`cases.json has no text for the case "${id}"`);
  return text;
}

/** The overview of all cases, from src/data/cases.ts and the locale's i18n/<locale>/data/cases.json. */
export default function CasesTable(): ReactNode {
  const undated = translate({
    id: 'cases.table.yearUnknown',
    message: 'не указан',
    description: 'Year column of a case no source dates',
  });
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption>
          <Translate id="cases.table.caption">
            Дела, в которых помогали СК SOS или её предшественница, и сведения группы о
            преследованиях
          </Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="cases.table.year">Год</Translate>
            </th>
            <th scope="col">
              <Translate id="cases.table.case">Дело</Translate>
            </th>
            <th scope="col">
              <Translate id="cases.table.region">Регион</Translate>
            </th>
            <th scope="col">
              <Translate id="cases.table.summary">Что произошло</Translate>
            </th>
            <th scope="col">
              <Translate id="cases.table.outcome">Итог</Translate>
            </th>
            <th scope="col">
              <Translate id="cases.table.sources">Источники</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((entry) => {
            const text = caseText(entry.id);
            return (
              <tr key={entry.id} id={caseRowId(entry.id)}>
                <td>{entry.year ?? undated}</td>
                <th scope="row">
                  <Link to={`/cases/${entry.id}`}>{text.title}</Link>
                  <AnchorLink id={caseRowId(entry.id)} label={text.title} />
                </th>
                <td>{text.region}</td>
                <td>{text.summary}</td>
                <td>{text.outcome}</td>
                <td>
                  <SourceLinks ids={entry.sources} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
