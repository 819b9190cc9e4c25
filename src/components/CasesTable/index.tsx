import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ReactNode} from 'react';
import {cases} from '@site/src/data/cases';
import {glossaryEntry} from '@site/src/data/glossary';
import SourceLinks from '@site/src/components/SourceLinks';
import {useCasesText} from '@site/src/i18n/casesText';
import styles from '@site/src/css/dataTable.module.css';

/** The overview of all cases, from src/data/cases.ts and the locale's i18n/<locale>/data/cases.json. */
export default function CasesTable(): ReactNode {
  const {t} = useCasesText();
  const {i18n} = useDocusaurusContext();
  const nameOf = (id: Parameters<typeof glossaryEntry>[0]) =>
    i18n.currentLocale === 'ru' ? glossaryEntry(id).ru : glossaryEntry(id).en;
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
            Дела, в которых помогали СК SOS или её предшественница
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
          {cases.map((entry) => (
            <tr key={entry.id}>
              <td>{entry.year ?? undated}</td>
              <th scope="row">
                <Link to={`/cases/${entry.id}`}>{t(`cases.${entry.id}.title`)}</Link>
              </th>
              <td>{nameOf(entry.region)}</td>
              <td>{t(`cases.${entry.id}.summary`)}</td>
              <td>{t(`cases.${entry.id}.outcome`)}</td>
              <td>
                <SourceLinks ids={entry.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
