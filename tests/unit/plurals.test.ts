/** Counts read right in both languages: i18next picks the plural form by each language's rules. */
import {describe, expect, it} from 'vitest';
import {readJsonFile} from '../../lib/jsonFile';
import {siteDir} from '../../lib/pages';
import {createTranslator} from '../../src/i18n/translator';

function translator(locale: string) {
  const figures = readJsonFile(siteDir, `i18n/${locale}/data/figures.json`);
  return createTranslator(locale, {figures: figures as object});
}

describe('people, counted', () => {
  const ru = translator('ru');
  const en = translator('en');
  it.each([
    [0, '0 человек', '0 people'],
    [1, '1 человек', '1 person'],
    [2, '2 человека', '2 people'],
    [5, '5 человек', '5 people'],
    [11, '11 человек', '11 people'],
    [21, '21 человек', '21 people'],
    [22, '22 человека', '22 people'],
    [25, '25 человек', '25 people'],
    [882, '882 человека', '882 people'],
  ])('%i', (count, russian, english) => {
    expect(ru('figures.people', {count})).toBe(russian);
    expect(en('figures.people', {count})).toBe(english);
  });
});
