import {translate} from '@docusaurus/Translate';
import {
  type GlossaryEntry,
  type GlossaryKind,
  glossary,
  glossaryKinds,
} from '@site/src/data/glossary';
import {alphabetical} from '@site/src/i18n/alphabetical';

export interface GlossaryGroup {
  readonly kind: GlossaryKind;
  readonly entries: readonly GlossaryEntry[];
}

/** Entries grouped by kind, each group in the reading locale's alphabetical order of its own names. */
export function glossaryGroups(locale: string): GlossaryGroup[] {
  const compare = alphabetical(locale);
  const nameOf = (entry: GlossaryEntry) => (locale === 'ru' ? entry.ru : entry.en);
  return glossaryKinds.map((kind) => ({
    kind,
    entries: glossary
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => compare(nameOf(a), nameOf(b))),
  }));
}

export function kindLabel(kind: GlossaryKind): string {
  switch (kind) {
    case 'organization':
      return translate({id: 'glossary.kind.organization', message: 'Организации'});
    case 'institution':
      return translate({id: 'glossary.kind.institution', message: 'Государственные органы'});
    case 'person':
      return translate({id: 'glossary.kind.person', message: 'Люди'});
    case 'place':
      return translate({id: 'glossary.kind.place', message: 'Места'});
    case 'term':
      return translate({id: 'glossary.kind.term', message: 'Понятия'});
  }
}
