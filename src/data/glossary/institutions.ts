/**
 * Authorities (state institutions and bodies) named in the content. To add one: append an entry here with a new kebab-case id,
 * then add its description under the same id in i18n/ru/data/glossary.json and i18n/en/data/glossary.json.
 */
import type {GlossaryEntry} from './types';

export const institutions = [
  {
    id: 'ministry-of-justice',
    kind: 'institution',
    ru: 'Министерство юстиции России',
    en: 'Russian Ministry of Justice',
    variants: [
      'Минюст',
      'Минюст России',
      'Minyust',
      'Ministry of Justice',
      'Russian Justice Ministry',
    ],
    sources: ['wikipedia', 'kommersant-2022-sphere'],
  },
  {
    id: 'roskomnadzor',
    kind: 'institution',
    ru: 'Роскомнадзор',
    en: 'Roskomnadzor',
    variants: ['РКН', 'RKN'],
    sources: ['wikipedia'],
  },
  {
    id: 'investigative-committee',
    kind: 'institution',
    ru: 'Следственный комитет России',
    en: 'Investigative Committee of Russia',
    variants: ['СК России', 'СКР', 'Russian Investigative Committee', 'Sledstvenny Komitet'],
    sources: ['wikipedia'],
  },
  {
    id: 'chechen-security-forces',
    kind: 'institution',
    ru: 'чеченские силовики',
    en: 'Chechen security forces',
    variants: ['Chechen siloviki', 'силовики Чечни', 'Chechen law enforcement', 'Chechen forces'],
    sources: ['wikipedia', 'the-insider', 'oc-media-2021-brothers'],
  },
  {
    id: 'russian-border-guards',
    kind: 'institution',
    ru: 'российские пограничники',
    en: 'Russian border guards',
    variants: [
      'Russian state border guards',
      'FSB Border Service',
      'Пограничная служба ФСБ России',
    ],
    sources: ['wikipedia', 'global-voices', 'oc-media-2022-dagestan'],
  },
  {
    id: 'nagatino-sadovniki-police',
    kind: 'institution',
    ru: 'отдел полиции «Нагатино-Садовники»',
    en: 'Nagatino-Sadovniki police station',
    variants: [
      'Nagatino-Sadovniki police department',
      'Nagatino-Sadovniki',
      'ОМВД по району Нагатино-Садовники',
    ],
    sources: ['wikipedia'],
  },
] as const satisfies readonly GlossaryEntry[];
