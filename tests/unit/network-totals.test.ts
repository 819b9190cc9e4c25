/**
 * The Russian LGBT Network's running totals as the figures page's second table shows them: each count
 * keeps the source's hedge in the reader's language, a count the source does not give stays empty,
 * and a bare year reads as that year's total, not as a date.
 */
import {describe, expect, it} from 'vitest';
import {loadLocaleText} from '../../plugins/localized-data/load';
import {networkTotalsText} from '../../plugins/localized-data/networkTotals';
import {siteDir} from '../../lib/pages';
import {createTranslator} from '../../src/i18n/translator';

async function tableIn(locale: string) {
  const t = createTranslator(locale, await loadLocaleText(siteDir, locale));
  // No `finish` here: only the dates carry the typography's U+00A0 (formatSourceDate adds it).
  return networkTotalsText(locale, t);
}

describe('the Russian LGBT Network’s totals', () => {
  it('word each count with its hedge, in Russian', async () => {
    const {rows} = await tableIn('ru');
    expect(rows.map((row) => [row.asOf, row.counts])).toEqual([
      ['16\u00a0мая 2017\u00a0г.', {askedForHelp: 'более 80', evacuated: '42', leftRussia: null}],
      [
        '11\u00a0июля 2017\u00a0г.',
        {askedForHelp: 'более 120', evacuated: 'более 60', leftRussia: '27'},
      ],
      ['2017 год, итог года', {askedForHelp: 'более 170', evacuated: '106', leftRussia: '88'}],
      [
        '21\u00a0января 2019\u00a0г.',
        {askedForHelp: null, evacuated: 'около 150', leftRussia: 'около 130'},
      ],
    ]);
  });

  it('word each count with its hedge, in English', async () => {
    const {rows, measures} = await tableIn('en');
    expect(measures).toEqual({
      askedForHelp: 'Asked for help',
      evacuated: 'Evacuated from the region',
      leftRussia: 'Left Russia',
    });
    expect(rows.map((row) => [row.asOf, row.counts])).toEqual([
      ['16 May 2017', {askedForHelp: 'more than 80', evacuated: '42', leftRussia: null}],
      [
        '11 July 2017',
        {askedForHelp: 'more than 120', evacuated: 'more than 60', leftRussia: '27'},
      ],
      ['2017, year’s total', {askedForHelp: 'more than 170', evacuated: '106', leftRussia: '88'}],
      ['21 January 2019', {askedForHelp: null, evacuated: 'about 150', leftRussia: 'about 130'}],
    ]);
  });
});
