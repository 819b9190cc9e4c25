/**
 * Publishes the typed data as files of the build (tables.ts): `downloads/<table>.csv` and
 * `downloads/<table>.json` in each locale's output, the same bilingual files in both, so that each
 * language's copy of the site is complete on its own (a mirror may serve only one). Nothing here
 * reaches a page's bundle: the pages link to the files (src/components/DataDownloads).
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {createTranslator} from '../../src/i18n/translator';
import {typographyFor} from '../../src/i18n/typography';
import {siteAddress} from '../../src/i18n/siteAddress';
import {loadLocaleText} from '../data-text/load';
import {toCsv} from './csv';
import {dataTables} from './tables';

export const downloadsDir = 'downloads';

export default function dataDownloadsPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'data-downloads',
    async postBuild({outDir}) {
      const translator = async (locale: 'ru' | 'en') =>
        createTranslator(locale, await loadLocaleText(siteDir, locale), typographyFor(locale));
      const [ru, en] = await Promise.all([translator('ru'), translator('en')]);
      const {url, baseUrl} = siteAddress();
      const tables = dataTables({ru, en}, `${url}${baseUrl.replace(/\/$/, '')}`);
      const dir = path.join(outDir, downloadsDir);
      await mkdir(dir, {recursive: true});
      await Promise.all(
        tables.flatMap((table) => [
          writeFile(path.join(dir, `${table.name}.csv`), toCsv(table)),
          writeFile(
            path.join(dir, `${table.name}.json`),
            `${JSON.stringify(table.rows, null, 2)}\n`,
          ),
        ]),
      );
    },
  };
}
