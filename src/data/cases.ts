/**
 * The cases the Cases section describes, one entry per page `docs/cases/<id>.mdx`. To add one: write the
 * page in both languages (front matter `year` and `region` equal to the entry's), append the entry here,
 * and add its title, summary and outcome under the same id in i18n/ru/data/cases.json and
 * i18n/en/data/cases.json.
 */
import type {RegionId} from './regions';
import type {SourceId} from './sources';

export interface CaseEntry {
  readonly id: string;
  /** Year of the events as the sources give it; null where no source dates them. */
  readonly year: number | null;
  readonly region: RegionId;
  readonly sources: readonly SourceId[];
}

export const cases = [
  {
    id: 'maxim-lapunov',
    year: 2017,
    region: 'chechnya',
    sources: ['wikipedia', 'caucasian-knot-2020-lapunov'],
  },
  {
    id: 'aminat-lorsanova',
    year: 2020,
    region: 'chechnya',
    sources: ['wikipedia', 'moscow-times-2020-lorsanova'],
  },
  {
    id: 'magamadov-isaev',
    year: 2021,
    region: 'chechnya',
    sources: ['wikipedia', 'oc-media-2021-brothers', 'nhc-magamadov-isaev'],
  },
  {
    id: 'dagestan-sisters',
    year: 2022,
    region: 'dagestan',
    sources: ['wikipedia', 'oc-media-2022-dagestan', 'global-voices', 'rferl-2023'],
  },
  {
    id: 'leyla-gureeva',
    year: 2022,
    region: 'ingushetia',
    sources: ['global-voices', 'rferl-2022-gureeva', 'caucasian-knot-2022-gureeva'],
  },
  {
    id: 'seda-suleimanova',
    year: 2022,
    region: 'chechnya',
    sources: [
      'wikipedia',
      'moscow-times-2024-04',
      'rferl-2023',
      'meduza-2023',
      'oc-media-2023-suleymanova',
      'meduza-2024',
      'novaya-gazeta-europe-2024-04',
    ],
  },
  {id: 'elina-ukhmanova', year: 2023, region: 'dagestan', sources: ['wikipedia']},
  {
    id: 'idris-arsamikov',
    year: 2023,
    region: 'chechnya',
    sources: ['wikipedia', 'lgbtq-nation-2023-arsamikov'],
  },
  {
    id: 'liya-zaurbekova',
    year: 2024,
    region: 'chechnya',
    sources: ['wikipedia', 'novaya-gazeta-europe-2024-06'],
  },
  {id: 'anonymous-evacuation', year: null, region: 'chechnya', sources: ['oc-media']},
  {
    id: 'forced-conscription',
    year: 2022,
    region: 'chechnya',
    sources: ['the-insider', 'oc-media-2024-conscription'],
  },
] as const satisfies readonly CaseEntry[];

export type CaseId = (typeof cases)[number]['id'];
