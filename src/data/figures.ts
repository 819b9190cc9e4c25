/**
 * People NC SOS helped, by year, as the Wikipedia article "NC SOS" states them. Reported as stated, not
 * corrected: for 2022 the article gives 45 people granted asylum out of 48 helped, and only 26 who left
 * the region. A year's entry lists only the figures the source gives; add a year by appending an entry.
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
