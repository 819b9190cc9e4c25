/**
 * Organisations named in the content. To add one: append an entry here with a new kebab-case id, then add its
 * description under the same id in i18n/ru/data/glossary.json and i18n/en/data/glossary.json.
 */
import type {GlossaryEntry} from './types';

export const organizations = [
  {
    id: 'nc-sos',
    kind: 'organization',
    ru: 'СК SOS',
    en: 'NC SOS',
    variants: [
      'SK SOS',
      'СК СОС',
      'North Caucasus SOS',
      'Северный Кавказ SOS',
      'Crisis Group NC SOS',
      'кризисная группа СК SOS',
    ],
    sources: ['wikipedia', 'global-voices', 'oc-media', 'the-insider', 'rferl-2023', 'meduza-2024'],
  },
  {
    id: 'russian-lgbt-network',
    kind: 'organization',
    ru: 'Российская ЛГБТ-сеть',
    en: 'Russian LGBT Network',
    variants: ['LGBT Network', 'Russian LGBT-Network', 'ЛГБТ-сеть'],
    sources: ['wikipedia', 'oc-media-2021-brothers'],
  },
  {
    id: 'sphere',
    kind: 'organization',
    ru: 'Сфера',
    en: 'Sphere',
    variants: ['Sfera', 'Sphere Foundation', 'фонд «Сфера»'],
    sources: ['wikipedia', 'kommersant-2022-sphere'],
  },
  {
    id: 'marem',
    kind: 'organization',
    ru: 'Марем',
    en: 'Marem',
    variants: ['Marem group', 'группа «Марем»'],
    sources: ['wikipedia', 'global-voices'],
  },
  {
    id: 'aegis',
    kind: 'organization',
    ru: 'Эгида',
    en: 'Aegis',
    variants: ['Egida', 'Aegis group', 'группа «Эгида»'],
    sources: ['wikipedia'],
  },
  {
    id: 'legal-initiative',
    kind: 'organization',
    ru: 'Правовая инициатива',
    en: 'Legal Initiative',
    variants: [
      'Pravovaya Initsiativa',
      'Justice Initiative',
      'Russian Justice Initiative',
      'Правовая инициатива по России',
      'Проект «Правовая инициатива»',
    ],
    sources: ['oc-media', 'caucasian-knot-2018-honour-report'],
  },
  {
    id: 'caucasus-peace-development',
    kind: 'organization',
    // The Russian name as the centre's own report gives it (Caucasian Knot, 2018).
    ru: 'Центр исследований глобальных вопросов современности и региональных проблем «Кавказ. Мир. Развитие»',
    en: 'Centre for the Study of Global Issues of Modernity and Regional Problems ‘Caucasus. Peace. Development’',
    variants: [
      'Caucasus. Peace. Development',
      'Кавказ. Мир. Развитие',
      'Center for the Study of Modern Global Issues ‘Caucasus. Peace. Development’',
    ],
    sources: ['oc-media', 'caucasian-knot-2018-honour-report'],
  },
] as const satisfies readonly GlossaryEntry[];
