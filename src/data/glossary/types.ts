import type {SourceId} from '../sources';

/** The kinds, in the order the glossary lists them, each on its own page. */
export const glossaryKinds = ['organization', 'institution', 'person', 'place', 'term'] as const;
export type GlossaryKind = (typeof glossaryKinds)[number];

export interface GlossaryEntry {
  readonly id: string;
  readonly kind: GlossaryKind;
  /** Russian form, Cyrillic as the sources give it. */
  readonly ru: string;
  /** English form used on the English site, and on a third language's site that gives no form. */
  readonly en: string;
  /**
   * Its form in a language other than Russian and English, by locale code (`{uk: 'Фонд «Сфера»'}`);
   * a language without one shows the English form.
   */
  readonly names?: Readonly<Record<string, string>>;
  /** Other spellings readers search for, in either script. */
  readonly variants: readonly string[];
  readonly sources: readonly SourceId[];
}

/** The address of each kind's glossary page, under /glossary/. */
export const glossaryKindSlugs = {
  organization: 'organizations',
  institution: 'institutions',
  person: 'people',
  place: 'places',
  term: 'terms',
} as const satisfies Record<GlossaryKind, string>;

/** Where an entry is described: on its kind's glossary page, at its id. */
export function glossaryEntryPath({kind, id}: Pick<GlossaryEntry, 'kind' | 'id'>): string {
  return `/glossary/${glossaryKindSlugs[kind]}#${id}`;
}

export type EntryNames = Pick<GlossaryEntry, 'ru' | 'en' | 'names'>;

export interface LangName {
  /** The language the name is written in: a third language without its own form shows `en`. */
  readonly lang: string;
  readonly name: string;
}

/** An entry's own name on a page in `locale`: Russian, English, or the language's own form. */
function ownName(entry: EntryNames, locale: string): LangName {
  if (locale === 'ru') return {lang: 'ru', name: entry.ru};
  const own = locale === 'en' ? undefined : entry.names?.[locale];
  return own === undefined ? {lang: 'en', name: entry.en} : {lang: locale, name: own};
}

/** An entry's name as a page in `locale` writes it. */
export function nameIn(entry: EntryNames, locale: string): string {
  return ownName(entry, locale).name;
}

/**
 * The names a page in `locale` needs of an entry: the Russian and English forms, and the locale's
 * own form only, not every language's (they travel in each page's data).
 */
export function namesFor(entry: EntryNames, locale: string): EntryNames {
  const own = locale === 'ru' || locale === 'en' ? undefined : entry.names?.[locale];
  return {ru: entry.ru, en: entry.en, ...(own === undefined ? {} : {names: {[locale]: own}})};
}

/**
 * Both names of an entry, the page's language first: a reader looks for the name in their own
 * language, then finds the other beside it (an English reader needs the English name first).
 */
export function namesInOrder(entry: EntryNames, locale: string): readonly [LangName, LangName] {
  const own = ownName(entry, locale);
  // Beside it, the native (Russian) form; on the Russian site, the English one.
  const other: LangName =
    locale === 'ru' ? {lang: 'en', name: entry.en} : {lang: 'ru', name: entry.ru};
  return [own, other];
}
