/**
 * The figures journalists ask first (how many people, since when, from where), as the home pages'
 * box states them. Each comes from the data the figures page shows (figures.ts, regions.ts), or is a
 * date the history pages state with the same source; the box's wording is in
 * i18n/<locale>/data/figures.json (`key_*`). To add a fact: add it here with its sources, its text
 * under `key_<id>` in both languages, and its figure to tests/e2e/key-facts.test.ts.
 */
import {totalSince2017, yearlyFigures} from './figures';
import {regionIds} from './regions';
import type {SourceId} from './sources';

/** NC SOS formally founded (October 2021), as docs/history/founding.mdx states it. */
export const foundedYear = {year: 2021, source: 'wikipedia'} as const satisfies {
  year: number;
  source: SourceId;
};

const latest = yearlyFigures.reduce((last, row) => (row.year > last.year ? row : last));

export const keyFacts = {
  /** People helped by NC SOS and its predecessor since 2017. */
  helped: {
    count: totalSince2017.helped,
    from: totalSince2017.from,
    to: totalSince2017.to,
    sources: [totalSince2017.source],
  },
  /** People helped in the latest year NC SOS reported. */
  latestYear: {count: latest.helped, year: latest.year, sources: [latest.source]},
  /**
   * The year the work began (by NC SOS's own account, within the Russian LGBT Network) and the year
   * NC SOS was formally founded: the site gives both datings and chooses neither.
   */
  since: {
    year: totalSince2017.from,
    founded: foundedYear.year,
    sources: ['nc-sos-about', foundedYear.source],
  },
  /** Where most of the people who ask NC SOS for help come from (docs/about.mdx). */
  regions: {ids: regionIds, sources: ['wikipedia']},
} as const satisfies Record<
  string,
  {readonly sources: readonly SourceId[]} & Record<string, unknown>
>;

export type KeyFactId = keyof typeof keyFacts;
