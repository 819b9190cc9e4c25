import type {SourceId} from '../sources';

/** The kinds, in the order the glossary lists them, each on its own page. */
export const glossaryKinds = ['organization', 'institution', 'person', 'place', 'term'] as const;
export type GlossaryKind = (typeof glossaryKinds)[number];

export interface GlossaryEntry {
  readonly id: string;
  readonly kind: GlossaryKind;
  /** Russian form, Cyrillic as the sources give it. */
  readonly ru: string;
  /** English form used on the English site. */
  readonly en: string;
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

/** An entry's name as a page in `locale` writes it: the Russian form in Russian, else the English. */
export function nameIn(entry: Pick<GlossaryEntry, 'ru' | 'en'>, locale: string): string {
  return locale === 'ru' ? entry.ru : entry.en;
}

export interface LangName {
  readonly lang: 'ru' | 'en';
  readonly name: string;
}

/**
 * Both names of an entry, the page's language first: a reader looks for the name in their own
 * language, then finds the other beside it (an English reader needs the English name first).
 */
export function namesInOrder(
  entry: Pick<GlossaryEntry, 'ru' | 'en'>,
  locale: string,
): readonly [LangName, LangName] {
  const ru: LangName = {lang: 'ru', name: entry.ru};
  const en: LangName = {lang: 'en', name: entry.en};
  return locale === 'ru' ? [ru, en] : [en, ru];
}
