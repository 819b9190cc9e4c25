/**
 * Terms used in the content. To add one: append an entry here with a new kebab-case id, then add its
 * description under the same id in i18n/ru/data/glossary.json and i18n/en/data/glossary.json.
 */
import type {GlossaryEntry} from './types';

export const terms = [
  {
    id: 'foreign-agent',
    kind: 'term',
    ru: 'иностранный агент',
    en: 'foreign agent',
    variants: ['иноагент', 'inoagent', 'foreign agents register', 'реестр иностранных агентов'],
    sources: ['wikipedia'],
  },
  {
    id: 'lgbt-propaganda-law',
    kind: 'term',
    ru: 'закон о запрете «ЛГБТ-пропаганды»',
    en: '‘LGBT propaganda’ law',
    variants: [
      'gay propaganda law',
      'LGBT propaganda ban',
      'закон о ЛГБТ-пропаганде',
      'закон о гей-пропаганде',
    ],
    sources: ['wikipedia'],
  },
  {
    id: 'honour-killing',
    kind: 'term',
    ru: '«убийство чести»',
    en: 'honour killing',
    variants: ['honor killing', 'honour-motivated killing', 'убийство во имя чести'],
    sources: ['wikipedia', 'oc-media', 'meduza-2024'],
  },
  {
    id: 'conversion-therapy',
    kind: 'term',
    ru: 'конверсионная терапия',
    en: 'conversion therapy',
    variants: ['conversion practices', 'конверсионные практики', 'reparative therapy'],
    sources: ['wikipedia'],
  },
  {
    id: 'partial-mobilization',
    kind: 'term',
    ru: 'частичная мобилизация',
    en: 'partial mobilisation',
    variants: ['partial mobilization', 'mobilisation', 'mobilization', 'мобилизация'],
    sources: ['the-insider'],
  },
  {
    id: 'crisis-apartment',
    kind: 'term',
    ru: 'кризисная квартира',
    // British usage; the id keeps the older name so that pages' <Term> links stay valid.
    en: 'safe flat',
    variants: ['safe house', 'safe housing', 'crisis apartment', 'shelter', 'шелтер'],
    sources: ['wikipedia', 'oc-media', 'oc-media-2021-brothers'],
  },
  {
    id: 'asylum',
    kind: 'term',
    ru: 'убежище',
    en: 'asylum',
    variants: [
      'international protection',
      'международная защита',
      'political asylum',
      'политическое убежище',
    ],
    sources: ['wikipedia', 'the-insider'],
  },
  {
    id: 'female-circumcision',
    kind: 'term',
    ru: 'женское обрезание',
    en: 'female circumcision',
    variants: ['female genital mutilation', 'FGM', 'калечащие операции на женских половых органах'],
    sources: ['global-voices', 'oc-media-2022-dagestan'],
  },
] as const satisfies readonly GlossaryEntry[];
