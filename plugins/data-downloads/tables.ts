/**
 * The typed data as tables a researcher can open: one table per kind of record, each with both
 * languages' columns side by side (a newsroom quoting in one language needs the other's spelling to
 * search the press). The same rows become CSV and JSON (index.ts), so the two can never disagree.
 * Text comes through i18next without the pages' typography: a non-breaking space would make a
 * spreadsheet's search for «Магамадов и Исаев» miss the row.
 */
import type {TFunction} from 'i18next';
import {cases} from '../../src/data/cases';
import {networkMeasures, networkTotals, yearlyFigures} from '../../src/data/figures';
import {glossary, glossaryEntry, glossaryEntryPath} from '../../src/data/glossary';
import {type TableName} from '../../src/data/downloads';
import {sources} from '../../src/data/sources';

/** A cell: text, a count, a list (joined in CSV, an array in JSON), or null where the source gives nothing. */
export type Cell = string | number | readonly string[] | null;
export type Row = Readonly<Record<string, Cell>>;

export interface DataTable {
  /** File name without extension: `cases` → cases.csv and cases.json. */
  readonly name: TableName;
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

/** One translator per locale, over that locale's data text. */
export interface Translators {
  readonly ru: TFunction;
  readonly en: TFunction;
}

/** The page of a case or glossary entry on the site at `siteUrl`, in each language. */
function pageUrls(siteUrl: string, path: string): {url_ru: string; url_en: string} {
  return {url_ru: `${siteUrl}${path}`, url_en: `${siteUrl}/en${path}`};
}

function table(name: TableName, rows: readonly Row[]): DataTable {
  const columns = Object.keys(rows[0] ?? {});
  for (const row of rows) {
    const keys = Object.keys(row).join(',');
    if (keys !== columns.join(',')) {
      throw new Error(
        `plugins/data-downloads: table "${name}": row has columns ${keys}, expected ${columns.join(',')}`,
      );
    }
  }
  return {name, columns, rows};
}

export function dataTables(t: Translators, siteUrl: string): DataTable[] {
  return [
    table(
      'figures',
      yearlyFigures.map(({year, helped, leftRegion, relocatedOrAsylum, source}) => ({
        year,
        helped,
        left_region: leftRegion,
        relocated_or_asylum: relocatedOrAsylum,
        source,
      })),
    ),
    table(
      'network-totals',
      networkTotals.map((total) => ({
        as_of: total.asOf,
        ...Object.fromEntries(
          networkMeasures.flatMap((measure) => {
            const stated = (
              total as Partial<Record<typeof measure, {count: number; hedge: string}>>
            )[measure];
            const column = measure.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
            return [
              [column, stated?.count ?? null],
              [`${column}_hedge`, stated?.hedge ?? null],
            ];
          }),
        ),
        source: total.source,
      })),
    ),
    table(
      'cases',
      cases.map(({id, year, region, sources: caseSources}) => ({
        id,
        year,
        region,
        region_ru: glossaryEntry(region).ru,
        region_en: glossaryEntry(region).en,
        title_ru: t.ru(`cases.${id}.title`),
        title_en: t.en(`cases.${id}.title`),
        summary_ru: t.ru(`cases.${id}.summary`),
        summary_en: t.en(`cases.${id}.summary`),
        outcome_ru: t.ru(`cases.${id}.outcome`),
        outcome_en: t.en(`cases.${id}.outcome`),
        sources: caseSources,
        ...pageUrls(siteUrl, `/cases/${id}`),
      })),
    ),
    table(
      'glossary',
      glossary.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        name_ru: entry.ru,
        name_en: entry.en,
        variants: entry.variants,
        description_ru: t.ru(`glossary.${entry.id}.description`),
        description_en: t.en(`glossary.${entry.id}.description`),
        sources: entry.sources,
        ...pageUrls(siteUrl, glossaryEntryPath(entry)),
      })),
    ),
    table(
      'sources',
      sources.map((source) => {
        // Widened once: the entries are `as const`, and optional fields exist on only some of them.
        const {author, titleSupplied, undatedBecause, archiveUrl} = source as Partial<
          Record<'author' | 'undatedBecause' | 'archiveUrl', string>
        > & {titleSupplied?: true};
        return {
          id: source.id,
          publisher: source.publisher,
          author: author ?? null,
          title: source.title,
          title_supplied: titleSupplied ? 'yes' : 'no',
          language: source.language,
          date: source.date,
          undated_because: undatedBecause ?? null,
          url: source.url,
          checked: source.checked,
          archive_url: archiveUrl ?? null,
        };
      }),
    ),
  ];
}
