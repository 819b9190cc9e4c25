import type {TFunction} from 'i18next';
import {
  type GlossaryKind,
  glossary,
  glossaryEntry,
  glossaryKinds,
  nameIn,
  type TermId,
} from '../../src/data/glossary';
import {alphabetical} from '../../src/i18n/alphabetical';
import type {DataTextModules, DocRef} from './clientData';
import {termDescription} from './pageGlossary';

export interface GlossaryGroup {
  readonly kind: GlossaryKind;
  readonly ids: readonly TermId[];
}

/**
 * Entry ids grouped by kind, each group in the locale's alphabetical order of its own names. Sorted
 * in the build, not in the browser: the order never changes after it, and a collator for Russian
 * costs a cheap phone some 50 ms to set up.
 */
export function glossaryGroups(locale: string): GlossaryGroup[] {
  const compare = alphabetical(locale);
  return glossaryKinds.map((kind) => ({
    kind,
    ids: glossary
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => compare(nameIn(a, locale), nameIn(b, locale)))
      .map((entry) => entry.id),
  }));
}

/** The glossary page's groups, each entry with its names, its description and its pages. */
export function glossaryPageGroups(
  locale: string,
  t: TFunction,
  termPages: Readonly<Record<string, readonly DocRef[]>>,
): DataTextModules['glossary.json']['groups'] {
  return glossaryGroups(locale).map(({kind, ids}) => ({
    kind,
    entries: ids.map((id) => {
      const {ru, en, variants, sources} = glossaryEntry(id);
      return {
        id,
        ru,
        en,
        variants,
        sources,
        description: termDescription(id, t),
        pages: termPages[id] ?? [],
      };
    }),
  }));
}
