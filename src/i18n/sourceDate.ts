import {localeInfo} from './locales';
import {typographyFor} from './typography';

/**
 * A date as the locale writes it, as precise as it is given: a year, a month, or a day (`2022`,
 * `сентябрь 2024 г.`, `28 ноября 2022 г.`, `28 November 2022`). Used for sources' publication dates
 * and pages' review dates. Formatted with the locale's `htmlLang` (`en-GB`, not `en`, which is
 * American: "November 28, 2022"), with the locale's non-breaking spaces («28 ноября»). Run at build time (plugins/localized-data, plugins/remark-last-reviewed),
 * not in the browser: at Lighthouse's 4× CPU slowdown, formatting the dates of the timeline's four
 * dated sources took 68 ms of its hydration.
 */
export function formatSourceDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const options: Intl.DateTimeFormatOptions = {year: 'numeric', month: 'long', timeZone: 'UTC'};
  if (day !== undefined) options.day = 'numeric';
  const formatted = new Intl.DateTimeFormat(localeInfo(locale).htmlLang, options).format(
    Date.UTC(year ?? 0, month - 1, day ?? 1),
  );
  return typographyFor(locale)(formatted);
}
