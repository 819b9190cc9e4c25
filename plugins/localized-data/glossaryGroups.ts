import type {TFunction} from 'i18next';
import {
  type GlossaryKind,
  glossary,
  glossaryEntryPath,
  glossaryKinds,
  nameIn,
  namesFor,
} from '../../src/data/glossary';
import {alphabetical} from '../../src/i18n/alphabetical';
import type {DataTextModules, DocRef, GlossaryKindModules, GlossaryKindPage} from './clientData';
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

/**
 * The glossary's modules: its first page's names by kind, and each kind's page with its entries'
 * names, descriptions and pages.
 */
export function glossaryModules(
  locale: string,
  t: TFunction,
  termPages: Readonly<Record<string, readonly DocRef[]>>,
): Pick<DataTextModules, 'glossary.json' | keyof GlossaryKindModules> {
  const groups = glossaryGroups(locale);
  const kindPage = (kind: GlossaryKind): GlossaryKindPage => ({
    entries: (groups.find((group) => group.kind === kind)?.entries ?? []).map(
      ({id, variants, sources, ...entry}) => ({
        id,
        ...namesFor(entry, locale),
        variants,
        sources,
        description: termDescription(id, t),
        pages: termPages[id] ?? [],
      }),
    ),
  });
  // Written out, so that the type checker holds each kind to its page.
  return {
    'glossary-organization.json': kindPage('organization'),
    'glossary-institution.json': kindPage('institution'),
    'glossary-person.json': kindPage('person'),
    'glossary-place.json': kindPage('place'),
    'glossary-term.json': kindPage('term'),
    'glossary.json': {
      groups: groups.map(({kind, entries}) => ({
        kind,
        entries: entries.map((entry) => ({
          id: entry.id,
          ...namesFor(entry, locale),
          glossaryPath: glossaryEntryPath(entry),
        })),
      })),
    },
  };
}
