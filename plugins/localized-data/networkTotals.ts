/**
 * The Russian LGBT Network's running totals (src/data/figures.ts) as the table shows them, rendered
 * at build time like the rest of the figures' text: each count worded with the source's own hedge
 * ("more than 80"), each date as the locale writes it, a count the source does not give as null.
 */
import {
  type NetworkMeasure,
  type NetworkTotal,
  networkMeasures,
  networkTotals,
  type StatedCount,
} from '../../src/data/figures';
import {networkRowId} from '../../src/data/anchors';
import {formatSourceDate} from '../../src/i18n/sourceDate';
import type {NetworkTotalsText} from './clientData';

type Translate = (key: string, values?: Record<string, unknown>) => string;

function countText({count, hedge}: StatedCount, t: Translate): string {
  return hedge === 'exact' ? String(count) : t(`figures.network_${hedge}`, {count});
}

function asOfText(asOf: string, locale: string, t: Translate): string {
  // A bare year is a total for the whole year, not a date within it.
  return /^\d{4}$/.test(asOf)
    ? t('figures.network_wholeYear', {year: asOf})
    : formatSourceDate(asOf, locale);
}

export function networkTotalsText(locale: string, t: Translate): NetworkTotalsText {
  const rows: readonly NetworkTotal[] = networkTotals;
  return {
    caption: t('figures.network_caption'),
    asOf: t('figures.network_asOf'),
    measures: Object.fromEntries(
      networkMeasures.map((measure) => [measure, t(`figures.network_${measure}`)]),
    ) as Record<NetworkMeasure, string>,
    note: t('figures.network_note'),
    rows: rows.map((row) => ({
      id: networkRowId(row.asOf),
      asOf: asOfText(row.asOf, locale, t),
      counts: Object.fromEntries(
        networkMeasures.map((measure) => {
          const stated = row[measure];
          return [measure, stated ? countText(stated, t) : null];
        }),
      ) as Record<NetworkMeasure, string | null>,
      source: row.source,
    })),
  };
}
