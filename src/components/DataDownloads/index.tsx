import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {ReactNode} from 'react';
import {
  aboutDataPath,
  downloadFormats,
  downloadPath,
  type TableName,
} from '@site/src/data/downloads';
import styles from './styles.module.css';

/** Each table's name as a link label; literal ids, so `write-translations` finds them. */
function tableLabel(table: TableName): string {
  switch (table) {
    case 'figures':
      return translate({id: 'downloads.table.figures', message: 'помощь по годам'});
    case 'network-totals':
      return translate({
        id: 'downloads.table.networkTotals',
        message: 'сводки Российской ЛГБТ-сети',
      });
    case 'cases':
      return translate({id: 'downloads.table.cases', message: 'дела'});
    case 'glossary':
      return translate({id: 'downloads.table.glossary', message: 'глоссарий'});
    case 'sources':
      return translate({id: 'downloads.table.sources', message: 'источники'});
  }
}

function Download({table}: {readonly table: TableName}): ReactNode {
  const base = useBaseUrl('/');
  return (
    <li>
      {`${tableLabel(table)}: `}
      {downloadFormats.map((format, index) => (
        <span key={format}>
          {index > 0 && ', '}
          {/* A file of the build, not a route: <Link> would report it as a broken link. */}
          {/* eslint-disable-next-line @docusaurus/no-html-links */}
          <a
            href={`${base}${downloadPath(table, format).slice(1)}`}
            download
            type={format === 'csv' ? 'text/csv' : 'application/json'}>
            {format.toUpperCase()}
          </a>
        </span>
      ))}
    </li>
  );
}

/** Links to the published data behind a page's tables (plugins/data-downloads), and to what they hold. */
export default function DataDownloads({
  tables,
}: {
  readonly tables: readonly TableName[];
}): ReactNode {
  return (
    <aside className={styles.downloads} aria-labelledby="data-downloads">
      <p id="data-downloads" className={styles.title}>
        {translate({id: 'downloads.title', message: 'Данные для скачивания'})}
      </p>
      <ul>
        {tables.map((table) => (
          <Download key={table} table={table} />
        ))}
      </ul>
      <p>
        <Link to={aboutDataPath}>
          {translate({
            id: 'downloads.about',
            message: 'О данных: поля, единицы, источники и условия использования',
          })}
        </Link>
      </p>
    </aside>
  );
}
