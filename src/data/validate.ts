/**
 * Checks the language-neutral data and each locale's text against src/data/schema.ts. Returns every
 * problem at once, so a contributor fixes a file in one pass instead of one build per typo.
 */
import type {z} from 'zod';
import {
  type DataIssue,
  entrySchemas,
  figureTextSchema,
  textSchemas,
  sourceSchema,
  zodIssues,
} from './schema';

interface Entries<T> {
  readonly file: string;
  readonly entries: readonly T[];
}

export interface SiteData {
  readonly sources: Entries<{readonly id: string}>;
  readonly glossary: readonly Entries<{readonly id: string}>[];
  readonly cases: Entries<{readonly id: string}>;
  readonly figures: Entries<{readonly year: number}>;
  readonly changelog: Entries<{readonly id: string; readonly pages: readonly string[]}>;
}

function checkEntries(
  {file, entries}: Entries<unknown>,
  schema: z.ZodType,
  keyOf: (entry: unknown, index: number) => string,
  seen: Map<string, string>,
): DataIssue[] {
  return entries.flatMap((entry, index) => {
    const key = keyOf(entry, index);
    const issues: DataIssue[] = [];
    const parsed = schema.safeParse(entry);
    if (!parsed.success) issues.push(...zodIssues(file, key, parsed.error));
    const firstFile = seen.get(key);
    if (firstFile !== undefined) {
      issues.push({
        file,
        id: key,
        field: 'id',
        message: `duplicate id (first defined in ${firstFile})`,
      });
    }
    seen.set(key, file);
    return issues;
  });
}

function keyOf(field: 'id' | 'year') {
  return (entry: unknown, index: number): string => {
    const value =
      typeof entry === 'object' && entry !== null
        ? (entry as Record<string, unknown>)[field]
        : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : `#${index + 1}`;
  };
}

/** Two records for one URL split one source's citations in two: name both ids so one can go. */
function duplicateUrls({file, entries}: Entries<{readonly id: string}>): DataIssue[] {
  const firstIdByUrl = new Map<string, string>();
  return entries.flatMap(({id: entryId, ...rest}): DataIssue[] => {
    const url = (rest as {url?: unknown}).url;
    if (typeof url !== 'string' || url === '') return [];
    const key = url.replace(/\/+$/, '').toLowerCase();
    const firstId = firstIdByUrl.get(key);
    if (firstId === undefined) {
      firstIdByUrl.set(key, entryId);
      return [];
    }
    return [
      {file, id: entryId, field: 'url', message: `duplicate URL (already cited as "${firstId}")`},
    ];
  });
}

export function validateSiteData(data: SiteData): DataIssue[] {
  const sourceIds = data.sources.entries.map((source) => source.id);
  const schemas = entrySchemas(sourceIds);
  const glossaryIds = new Map<string, string>();
  return [
    ...checkEntries(data.sources, sourceSchema, keyOf('id'), new Map()),
    ...duplicateUrls(data.sources),
    ...data.glossary.flatMap((file) =>
      checkEntries(file, schemas.glossary, keyOf('id'), glossaryIds),
    ),
    ...checkEntries(data.cases, schemas.cases, keyOf('id'), new Map()),
    ...checkEntries(data.figures, schemas.figures, keyOf('year'), new Map()),
    ...checkEntries(data.changelog, schemas.changelog, keyOf('id'), new Map()),
  ];
}

/** Changelog entries that name a page the site does not have (`docIds`: every doc's id). */
export function changelogPageIssues(
  {file, entries}: SiteData['changelog'],
  docIds: readonly string[],
): DataIssue[] {
  const known = new Set(docIds);
  return entries.flatMap((entry) =>
    entry.pages
      .map((page, index) => ({page, index}))
      .filter(({page}) => !known.has(page))
      .map(({page, index}) => ({
        file,
        id: entry.id,
        field: `pages.${index}`,
        message: `unknown page "${page}" (no docs/${page}.mdx)`,
      })),
  );
}

/** Text keyed by entry id: every id needs its text, and text for an id that does not exist is a typo. */
function checkTextById(
  file: string,
  json: unknown,
  ids: readonly string[],
  schema: z.ZodType,
  noun: string,
): DataIssue[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return [{file, message: 'must be a JSON object keyed by id'}];
  }
  const record = json as Record<string, unknown>;
  const known = new Set(ids);
  const missing = ids
    .filter((entryId) => !Object.hasOwn(record, entryId))
    .map((entryId): DataIssue => ({
      file,
      id: entryId,
      message: `${noun} has no text in this file (not translated yet?)`,
    }));
  const unknown = Object.keys(record)
    .filter((key) => !known.has(key))
    .map((key): DataIssue => ({
      file,
      id: key,
      message: `unknown ${noun} id (no entry in src/data/)`,
    }));
  const invalid = ids
    .filter((entryId) => Object.hasOwn(record, entryId))
    .flatMap((entryId) => {
      const parsed = schema.safeParse(record[entryId]);
      return parsed.success ? [] : zodIssues(file, entryId, parsed.error);
    });
  return [...missing, ...unknown, ...invalid];
}

export interface LocaleTextFiles {
  readonly glossary: unknown;
  readonly cases: unknown;
  readonly figures: unknown;
  readonly changelog: unknown;
}

export type TextFileName = keyof LocaleTextFiles;

/** The text files each locale has under i18n/<locale>/data/: what the build reads and translators track. */
export const textFileNames = [
  'glossary',
  'cases',
  'figures',
  'changelog',
] as const satisfies readonly TextFileName[];

/** Path of a locale's text file, relative to the site: what messages and the status report show. */
export function textFilePath(locale: string, name: TextFileName): string {
  return `i18n/${locale}/data/${name}.json`;
}

export function validateLocaleText(
  locale: string,
  files: LocaleTextFiles,
  data: SiteData,
): DataIssue[] {
  const glossaryIds = data.glossary.flatMap((file) => file.entries.map((entry) => entry.id));
  const caseIds = data.cases.entries.map((entry) => entry.id);
  const figures = figureTextSchema(locale).safeParse(files.figures);
  return [
    ...checkTextById(
      textFilePath(locale, 'glossary'),
      files.glossary,
      glossaryIds,
      textSchemas.glossary,
      'term',
    ),
    ...checkTextById(
      textFilePath(locale, 'cases'),
      files.cases,
      caseIds,
      textSchemas.cases,
      'case',
    ),
    ...checkTextById(
      textFilePath(locale, 'changelog'),
      files.changelog,
      data.changelog.entries.map((entry) => entry.id),
      textSchemas.changelog,
      'change',
    ),
    ...(figures.success
      ? []
      : zodIssues(textFilePath(locale, 'figures'), undefined, figures.error)),
  ];
}
