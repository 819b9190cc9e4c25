/**
 * The tables the build publishes as files (plugins/data-downloads), where, and the page that describes
 * them: shared by the plugin that writes the files and the component that links them.
 */
export const tableNames = ['figures', 'network-totals', 'cases', 'glossary', 'sources'] as const;
export type TableName = (typeof tableNames)[number];
export const downloadFormats = ['csv', 'json'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

/** A table's file under the locale's base URL: `/downloads/cases.csv`. */
export function downloadPath(table: TableName, format: DownloadFormat): string {
  return `/downloads/${table}.${format}`;
}

/** The page that explains the fields, units, sources and licence of the files. */
export const aboutDataPath = '/data';
