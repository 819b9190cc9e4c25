import {translate} from '@docusaurus/Translate';
import type {GlossaryKind} from '@site/src/data/glossary';

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
