/** Sources' dates, formatted at build time as precisely as each source states it: British English, Russian with non-breaking spaces. */
import {describe, expect, it} from 'vitest';
import {formatSourceDate} from '../../src/i18n/sourceDate';

describe('source dates', () => {
  it.each([
    {date: '2022-11-28', ru: '28\u00A0ноября 2022\u00A0г.', en: '28 November 2022'},
    {date: '2024-09', ru: 'сентябрь 2024\u00A0г.', en: 'September 2024'},
    {date: '2017', ru: '2017', en: '2017'},
  ])('$date reads “$ru” and “$en”', ({date, ru, en}) => {
    expect(formatSourceDate(date, 'ru')).toBe(ru);
    expect(formatSourceDate(date, 'en')).toBe(en);
  });
});
