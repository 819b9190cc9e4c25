import {type GlossaryKind, glossary, glossaryKinds, type TermId} from '../../src/data/glossary';
import {alphabetical} from '../../src/i18n/alphabetical';

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
  const nameOf = (entry: (typeof glossary)[number]) => (locale === 'ru' ? entry.ru : entry.en);
  return glossaryKinds.map((kind) => ({
    kind,
    ids: glossary
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => compare(nameOf(a), nameOf(b)))
      .map((entry) => entry.id),
  }));
}
