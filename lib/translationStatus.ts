/**
 * What each locale has translated, and whether each translation still matches its Russian source.
 * A translation records the hash of the source it was made from (`translation.source_hash` in a
 * page's front matter, `source_hash` in a data entry), so freshness survives shallow clones and
 * downloaded archives, where git dates do not. Used by `npm run translations:*`, the build (banners,
 * status page) and the tests.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {figureTextKeys, pluralKeys} from '../src/data/schema';
import {type TextFileName, textFileNames, textFilePath} from '../src/data/validate';
import {localeCodes, sourceLocale} from '../src/i18n/locales';
import {readJsonFile} from './jsonFile';
import {listPages, pagesDir, splitFrontMatter} from './pages';
import {uiReference} from './uiReference';

/**
 * `not-marked`: translated, but no source hash was ever recorded (`translations:mark` not run), so
 * nobody can tell which Russian text it follows: neither up to date nor known to be outdated.
 */
export type FreshStatus = 'up-to-date' | 'not-marked' | 'outdated' | 'missing';

/** Every status, in the order the reports count them. */
export const freshStatuses: readonly FreshStatus[] = [
  'up-to-date',
  'not-marked',
  'outdated',
  'missing',
];

/** Status of a translation that exists, from the hash it records and the source's current one. */
function markedStatus(recorded: string | undefined, current: string): FreshStatus {
  if (recorded === undefined) return 'not-marked';
  return recorded === current ? 'up-to-date' : 'outdated';
}

export interface StatusItem {
  readonly kind: 'page' | 'data' | 'ui';
  /** File of the translation, relative to the site (where a contributor edits). */
  readonly file: string;
  /** Entry id within a data or UI file; absent for pages. */
  readonly id?: string;
  /** Page path relative to the locale's folder, for pages. */
  readonly page?: string;
  readonly status: FreshStatus;
}

export interface LocaleReport {
  readonly locale: string;
  readonly items: readonly StatusItem[];
  readonly counts: Readonly<Record<FreshStatus, number>>;
  /** Share of items translated and up to date, 0–100. */
  readonly percent: number;
}

export function sourceHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+$/, ''), 'utf8').digest('hex').slice(0, 12);
}

function readJson(siteDir: string, file: string): Record<string, unknown> | undefined {
  return readJsonFile(siteDir, file) as Record<string, unknown> | undefined;
}

export function pageSourceHash(siteDir: string, page: string): string {
  return sourceHash(readFileSync(path.join(siteDir, pagesDir(sourceLocale), page), 'utf8'));
}

/** The hash a translated page records, or undefined. */
export function recordedPageHash(raw: string, file?: string): string | undefined {
  const translation = splitFrontMatter(raw, file).frontMatter.translation;
  const hash =
    typeof translation === 'object' && translation !== null
      ? (translation as Record<string, unknown>).source_hash
      : undefined;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * The page's text with `translation.source_hash` set to `hash`. The hash is quoted: YAML reads a hex
 * string such as `919e72512365` as a number (919 × 10^72512365), and the page would never be up to date.
 */
export function withPageSourceHash(raw: string, hash: string, file = '(page)'): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw);
  if (!match) throw new Error(`${file}: has no front matter`);
  const yaml = (match[1] ?? '').replace(/^translation:\n(?:[ \t]+.*\n?)*/m, '').trimEnd();
  return `---\n${yaml}\ntranslation:\n  source_hash: '${hash}'\n---${raw.slice(match[0].length)}`;
}

export function pageStatus(siteDir: string, locale: string, page: string): FreshStatus {
  const file = `${pagesDir(locale)}/${page}`;
  const full = path.join(siteDir, file);
  if (!existsSync(full)) return 'missing';
  return markedStatus(
    recordedPageHash(readFileSync(full, 'utf8'), file),
    pageSourceHash(siteDir, page),
  );
}

function pageItems(siteDir: string, locale: string): StatusItem[] {
  return listPages(sourceLocale, siteDir).map((page) => ({
    kind: 'page',
    file: `${pagesDir(locale)}/${page}`,
    page,
    status: pageStatus(siteDir, locale, page),
  }));
}

/**
 * The translatable entries of a Russian data file's content, each as the text its hash covers.
 * Glossary and cases are keyed by id (the entry's texts as JSON, without its own hash); figures by
 * text key, with plural forms grouped under their base (`people`), one form a line, since languages
 * have different numbers of forms. `translations:diff` reads old versions of the file through here.
 */
export function sourceEntryTexts(
  source: Record<string, unknown>,
  name: TextFileName,
): Map<string, string> {
  if (name !== 'figures') {
    return new Map(
      Object.entries(source).map(([id, value]) => {
        const {source_hash: _ignored, ...text} = value as Record<string, unknown>;
        return [id, JSON.stringify(text)];
      }),
    );
  }
  const entries = new Map<string, string>(
    figureTextKeys.map((key) => [key, String(source[key] ?? '')]),
  );
  const forms = pluralKeys('people', sourceLocale).map((key) => String(source[key] ?? ''));
  entries.set('people', forms.join('\n'));
  return entries;
}

/** A data file's translatable entries and the hash of each one's current Russian text. */
export function sourceEntries(siteDir: string, name: TextFileName): Map<string, string> {
  const source = readJson(siteDir, textFilePath(sourceLocale, name)) ?? {};
  return new Map([...sourceEntryTexts(source, name)].map(([id, text]) => [id, sourceHash(text)]));
}

/** Where a translated data file keeps the hash of each entry's source. */
export function recordedDataHashes(
  translation: Record<string, unknown> | undefined,
  name: TextFileName,
): Map<string, string> {
  if (!translation) return new Map();
  if (name === 'figures') {
    const hashes = (translation._source_hashes ?? {}) as Record<string, string>;
    return new Map(Object.entries(hashes));
  }
  return new Map(
    Object.entries(translation).flatMap(([id, value]) => {
      const hash = (value as Record<string, unknown>).source_hash;
      return typeof hash === 'string' ? [[id, hash]] : [];
    }),
  );
}

/**
 * Whether `translation` has the texts of entry `id`: every text its Russian source has (description,
 * title, summary…), not just the id, and each different from the Russian one. A text still identical
 * to the Russian is the fallback `translations:add-locale` writes, so it counts as missing, as UI
 * strings do.
 */
function hasText(
  translation: Record<string, unknown> | undefined,
  name: TextFileName,
  id: string,
  locale: string,
  source: Record<string, unknown>,
): boolean {
  if (!translation) return false;
  const translated = (text: unknown, russian: unknown) =>
    typeof text === 'string' && text !== '' && text !== russian;
  if (name !== 'figures') {
    const entry = translation[id] as Record<string, unknown> | undefined;
    const sourceEntry = (source[id] ?? {}) as Record<string, unknown>;
    return (
      entry !== undefined &&
      Object.entries(sourceEntry).every(
        ([field, text]) =>
          field === 'source_hash' || typeof text !== 'string' || translated(entry[field], text),
      )
    );
  }
  const keys = id === 'people' ? pluralKeys('people', locale) : [id];
  return keys.every((key) => translated(translation[key], source[key]));
}

export function dataItems(siteDir: string, locale: string): StatusItem[] {
  return textFileNames.flatMap((name) => {
    const file = textFilePath(locale, name);
    const translation = readJson(siteDir, file);
    const recorded = recordedDataHashes(translation, name);
    const source = readJson(siteDir, textFilePath(sourceLocale, name)) ?? {};
    return [...sourceEntries(siteDir, name)].map(([id, hash]): StatusItem => ({
      kind: 'data',
      file,
      id,
      status: !hasText(translation, name, id, locale, source)
        ? 'missing'
        : markedStatus(recorded.get(id), hash),
    }));
  });
}

/**
 * UI strings: missing, or still identical to the Russian default, which counts as missing too. Their
 * Russian text has no hash to compare, so a UI string is either translated (up to date) or not.
 */
function uiItems(siteDir: string, locale: string): StatusItem[] {
  return uiReference(siteDir).map(({file: name, id, message}) => {
    const file = `i18n/${locale}/${name}`;
    const translated = (readJson(siteDir, file)?.[id] as {message?: string} | undefined)?.message;
    return {
      kind: 'ui',
      file,
      id,
      status: translated === undefined || translated === message ? 'missing' : 'up-to-date',
    };
  });
}

export function localeReport(siteDir: string, locale: string): LocaleReport {
  const items = [
    ...pageItems(siteDir, locale),
    ...dataItems(siteDir, locale),
    ...uiItems(siteDir, locale),
  ];
  const counts = Object.fromEntries(freshStatuses.map((status) => [status, 0])) as Record<
    FreshStatus,
    number
  >;
  for (const item of items) counts[item.status] += 1;
  const percent =
    items.length === 0 ? 100 : Math.floor((100 * counts['up-to-date']) / items.length);
  return {locale, items, counts, percent};
}

export function translationReport(
  siteDir: string,
  locales: readonly string[] = localeCodes,
): LocaleReport[] {
  return locales
    .filter((locale) => locale !== sourceLocale)
    .map((locale) => localeReport(siteDir, locale));
}
