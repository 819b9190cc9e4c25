/**
 * Figures on the people helped, as the sources state them: reported as stated, not corrected.
 *
 * - `yearlyFigures`: NC SOS's own yearly figures (its annual reports), as the Wikipedia article
 *   states them; for 2022 the article gives 45 people granted asylum out of 48 helped, and only 26 who
 *   left the region. Add a year by appending an entry with only the figures the source gives.
 * - `networkTotals`: the running totals the Russian LGBT Network, NC SOS's predecessor, stated for its
 *   Chechnya programme since April 2017. Each count keeps the source's own hedge ("more than 80",
 *   "about 150"); a count the source does not give is left out, never inferred.
 */
import type {SourceId} from './sources';

export interface YearFigures {
  readonly year: number;
  readonly helped: number;
  /** People assisted in leaving the region. */
  readonly leftRegion: number;
  /** People who emigrated and/or were granted asylum (for 2022 the source says only "granted asylum"). */
  readonly relocatedOrAsylum: number;
  readonly source: SourceId;
}

export const yearlyFigures = [
  {year: 2022, helped: 48, leftRegion: 26, relocatedOrAsylum: 45, source: 'wikipedia'},
  {year: 2023, helped: 67, leftRegion: 21, relocatedOrAsylum: 29, source: 'wikipedia'},
  {year: 2024, helped: 54, leftRegion: 25, relocatedOrAsylum: 25, source: 'wikipedia'},
] as const satisfies readonly YearFigures[];

/** NC SOS and its predecessor, the Russian LGBT Network, from 2017 to 2024. */
export const totalSince2017 = {
  from: 2017,
  to: 2024,
  helped: 882,
  source: 'wikipedia',
} as const satisfies {from: number; to: number; helped: number; source: SourceId};

export type FigureMeasure = 'helped' | 'leftRegion' | 'relocatedOrAsylum';
export const figureMeasures: readonly FigureMeasure[] = [
  'helped',
  'leftRegion',
  'relocatedOrAsylum',
];

/** How a source words a count: exactly, "more than" or "about". */
export type Hedge = 'exact' | 'over' | 'about';

export interface StatedCount {
  readonly count: number;
  readonly hedge: Hedge;
}

export interface NetworkTotal {
  /** ISO date the total was stated for; a bare year means a total for that whole year. */
  readonly asOf: string;
  /** People who asked the Network for help. */
  readonly askedForHelp?: StatedCount;
  /** People evacuated from the region (Chechnya). */
  readonly evacuated?: StatedCount;
  /** People helped to leave Russia, or who found safety outside it. */
  readonly leftRussia?: StatedCount;
  readonly source: SourceId;
}

export type NetworkMeasure = 'askedForHelp' | 'evacuated' | 'leftRussia';
export const networkMeasures: readonly NetworkMeasure[] = [
  'askedForHelp',
  'evacuated',
  'leftRussia',
];

export const networkTotals = [
  {
    asOf: '2017-05-16',
    askedForHelp: {count: 80, hedge: 'over'},
    evacuated: {count: 42, hedge: 'exact'},
    source: 'lgbtnet-2017-05-16',
  },
  {
    asOf: '2017-07-11',
    askedForHelp: {count: 120, hedge: 'over'},
    evacuated: {count: 60, hedge: 'over'},
    leftRussia: {count: 27, hedge: 'exact'},
    source: 'lgbtnet-2017-07-11',
  },
  {
    asOf: '2017',
    askedForHelp: {count: 170, hedge: 'over'},
    evacuated: {count: 106, hedge: 'exact'},
    leftRussia: {count: 88, hedge: 'exact'},
    source: 'lgbtnet-2017-funds-report',
  },
  {
    asOf: '2019-01-21',
    evacuated: {count: 150, hedge: 'about'},
    leftRussia: {count: 130, hedge: 'about'},
    source: 'equal-eyes-2019-evacuation',
  },
] as const satisfies readonly NetworkTotal[];
