/**
 * Publishes the typed data as files of the build (tables.ts): `downloads/<table>.csv` and
 * `downloads/<table>.json` in each locale's output, the same bilingual files in both, so that each
 * language's copy of the site is complete on its own (a mirror may serve only one). Nothing here
 * reaches a page's bundle: the pages link to the files (src/components/DataDownloads).
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {type DownloadFormat, downloadPath} from '../../src/data/downloads';
import {createTranslator} from '../../src/i18n/translator';
import {siteAddress} from '../../src/i18n/siteAddress';
import {loadLocaleText} from '../localized-data/load';
import {toCsv} from './csv';
import {type DataTable, dataTables} from './tables';

export default function dataDownloadsPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'data-downloads',
    async postBuild({outDir}) {
      const translator = async (locale: 'ru' | 'en') =>
        createTranslator(locale, await loadLocaleText(siteDir, locale));
      const [ru, en] = await Promise.all([translator('ru'), translator('en')]);
      const {url, baseUrl} = siteAddress();
      const tables = dataTables({ru, en}, `${url}${baseUrl.replace(/\/$/, '')}`);
      const file = (table: DataTable, format: DownloadFormat) =>
        path.join(outDir, downloadPath(table.name, format));
      await mkdir(path.dirname(file(tables[0] as DataTable, 'csv')), {recursive: true});
      await Promise.all(
        tables.flatMap((table) => [
          writeFile(file(table, 'csv'), toCsv(table)),
          writeFile(file(table, 'json'), `${JSON.stringify(table.rows, null, 2)}\n`),
        ]),
      );
    },
  };
}
