import {alphabetical} from '../../i18n/alphabetical';
import {type GlossaryKind, glossary, glossaryKinds} from './index';

export interface GlossaryGroup {
  readonly kind: GlossaryKind;
  readonly ids: readonly string[];
}

/**
 * Entry ids grouped by kind, each group in the locale's alphabetical order of its own names. The
 * build sorts them (plugins/data-text): the order never changes after it, and a collator for Russian
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
