/**
 * The data downloads as a researcher gets them: the links on the figures, cases, glossary and sources
 * pages, followed on the served site, and the files parsed with a CSV reader written here from RFC
 * 4180 (not the writer's code), then compared with src/data and each locale's text. The JSON must
 * hold the same rows as the CSV.
 */
import {describe, expect, it} from 'vitest';
import {loadLocaleText} from '../../plugins/localized-data/load';
import {siteDir} from '../../lib/pages';
import {cases} from '../../src/data/cases';
import {type TableName, tableNames} from '../../src/data/downloads';
import {networkTotals, yearlyFigures} from '../../src/data/figures';
import {glossary} from '../../src/data/glossary';
import {sources} from '../../src/data/sources';
import {localeCodes} from '../../src/i18n/locales';
import {localePrefix} from './_lib/browser';
import {useServedSite} from './_lib/site';
import {visit} from './_lib/visit';

const site = useServedSite();

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\r')) {
      field += char;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      throw new Error('bare CR outside quotes');
    }
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with CRLF');
  return records;
}

type Rows = Record<string, string>[];

async function download(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  // fetch's text() would drop a byte-order mark: decode keeping it, to see what a spreadsheet gets.
  return new TextDecoder('utf-8', {ignoreBOM: true, fatal: true}).decode(
    await response.arrayBuffer(),
  );
}

/** The page's download links, followed: each table's CSV as rows of text and its JSON. */
async function downloadsFrom(pagePath: string): Promise<Map<string, {csv: Rows; json: unknown[]}>> {
  const {page} = await visit(site.browser, `${site.server.origin}${pagePath}`);
  const hrefs = await page.$$eval('a[download]', (links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  );
  await page.close();
  const tables = new Map<string, {csv: Rows; json: unknown[]}>();
  for (const href of hrefs.filter((url) => url.endsWith('.csv'))) {
    const text = await download(href);
    expect(text.startsWith('\uFEFF'), `${href} starts with a BOM`).toBe(true);
    const [header, ...records] = parseCsv(text.slice(1));
    const csv = records.map((record) => {
      expect(record.length, href).toBe(header?.length);
      return Object.fromEntries(record.map((cell, index) => [header?.[index], cell]));
    });
    const json = JSON.parse(await download(href.replace(/\.csv$/, '.json'))) as unknown[];
    tables.set(href.replace(/^.*\/|\.csv$/g, ''), {csv, json});
  }
  return tables;
}

/** A JSON value as the CSV writes it: lists joined, null empty. */
const asCsvCell = (value: unknown): string =>
  value === null ? '' : Array.isArray(value) ? value.join(' | ') : String(value);

const pagesWithDownloads: Record<string, readonly TableName[]> = {
  'activity/figures': ['figures', 'network-totals'],
  cases: ['cases'],
  glossary: ['glossary'],
  sources: ['sources'],
  data: tableNames,
};

describe.each(localeCodes)('data downloads (%s)', (locale) => {
  it.each(Object.entries(pagesWithDownloads))(
    '%s links its tables as CSV and JSON with the same rows',
    async (pagePath, expected) => {
      const tables = await downloadsFrom(`/${localePrefix(locale)}${pagePath}`);
      expect([...tables.keys()]).toEqual(expected);
      for (const {csv, json} of tables.values()) {
        expect(
          json.map((row) =>
            Object.fromEntries(Object.entries(row as object).map(([k, v]) => [k, asCsvCell(v)])),
          ),
        ).toEqual(csv);
      }
    },
  );

  it('publishes the data as src/data and both locales’ text hold it', async () => {
    const tables = await downloadsFrom(`/${localePrefix(locale)}data`);
    const csv = (name: TableName): Rows => tables.get(name)?.csv ?? [];
    const text = {
      ru: (await loadLocaleText(siteDir, 'ru')) as {
        cases: Record<string, Record<string, string>>;
        glossary: Record<string, Record<string, string>>;
      },
      en: (await loadLocaleText(siteDir, 'en')) as {
        cases: Record<string, Record<string, string>>;
        glossary: Record<string, Record<string, string>>;
      },
    };

    expect(csv('figures')).toEqual(
      yearlyFigures.map((figures) => ({
        year: String(figures.year),
        helped: String(figures.helped),
        left_region: String(figures.leftRegion),
        relocated_or_asylum: String(figures.relocatedOrAsylum),
        source: figures.source,
      })),
    );
    expect(
      csv('network-totals').map((row) => [
        row.as_of,
        row.evacuated,
        row.evacuated_hedge,
        row.left_russia,
        row.source,
      ]),
    ).toEqual(
      networkTotals.map((total) => [
        total.asOf,
        String(total.evacuated.count),
        total.evacuated.hedge,
        'leftRussia' in total ? String(total.leftRussia.count) : '',
        total.source,
      ]),
    );
    expect(
      csv('cases').map((row) => [row.id, row.year, row.title_ru, row.title_en, row.outcome_en]),
    ).toEqual(
      cases.map(({id, year}) => [
        id,
        year === null ? '' : String(year),
        text.ru.cases[id]?.title ?? '',
        text.en.cases[id]?.title ?? '',
        text.en.cases[id]?.outcome ?? '',
      ]),
    );
    expect(
      csv('glossary').map((row) => [
        row.id,
        row.name_ru,
        row.name_en,
        row.variants?.split(' | ').filter(Boolean),
        row.description_ru,
      ]),
    ).toEqual(
      glossary.map((entry) => [
        entry.id,
        entry.ru,
        entry.en,
        [...entry.variants],
        text.ru.glossary[entry.id]?.description ?? '',
      ]),
    );
    expect(
      csv('sources').map((row) => [row.id, row.title, row.url, row.date, row.checked]),
    ).toEqual(
      sources.map((source) => [
        source.id,
        source.title,
        source.url,
        source.date ?? '',
        source.checked,
      ]),
    );
  });
});
