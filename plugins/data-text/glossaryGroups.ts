import type {TFunction} from 'i18next';
import {type GlossaryKind, glossary, glossaryKinds, nameIn} from '../../src/data/glossary';
import {alphabetical} from '../../src/i18n/alphabetical';
import type {DataTextModules, DocRef} from './clientData';
import {termDescription} from './pageGlossary';

export interface GlossaryGroup {
  readonly kind: GlossaryKind;
  /** As `glossary` holds them, so that each id is typed as a TermId. */
  readonly entries: readonly (typeof glossary)[number][];
}

/**
 * Entries grouped by kind, each group in the locale's alphabetical order of its own names. Sorted
 * in the build, not in the browser: the order never changes after it, and a collator for Russian
 * costs a cheap phone some 50 ms to set up.
 */
export function glossaryGroups(locale: string): GlossaryGroup[] {
  const compare = alphabetical(locale);
  return glossaryKinds.map((kind) => ({
    kind,
    entries: glossary
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => compare(nameIn(a, locale), nameIn(b, locale))),
  }));
}

/** The glossary page's groups, each entry with its names, its description and its pages. */
export function glossaryPageGroups(
  locale: string,
  t: TFunction,
  termPages: Readonly<Record<string, readonly DocRef[]>>,
): DataTextModules['glossary.json']['groups'] {
  return glossaryGroups(locale).map(({kind, entries}) => ({
    kind,
    entries: entries.map(({id, ru, en, variants, sources}) => ({
      id,
      ru,
      en,
      variants,
      sources,
      description: termDescription(id, t),
      pages: termPages[id] ?? [],
    })),
  }));
}
