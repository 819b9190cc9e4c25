/**
 * The Russian search, checked against the stemmer it uses: every case of a glossary surname stems like
 * one of the page's keywords (src/data/glossary/searchForms.ts), and ё reads as е
 * (plugins/workarounds/search-yo-folding).
 */
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {type GlossaryEntry, glossary} from '../../src/data/glossary';
import {
  foldYoInRussianStemmer,
  type LunrToken,
  type LunrWithRussian,
} from '../../plugins/workarounds/search-yo-folding/foldYo';
import {russianSearchForms} from '../../src/data/glossary/searchForms';

interface Lunr extends LunrWithRussian {
  Token: new (text: string) => LunrToken;
}
const require = createRequire(import.meta.url);
const lunr = require('lunr') as Lunr;
for (const module of ['lunr-languages/lunr.stemmer.support', 'lunr-languages/lunr.ru']) {
  (require(module) as (lunr: Lunr) => void)(lunr);
}
const plainStem = lunr.ru.stemmer;
foldYoInRussianStemmer(lunr);
const stem = (word: string) => String(lunr.ru.stemmer(new lunr.Token(word.toLowerCase())) ?? '');

describe('ё in the Russian search', () => {
  it('stems ё and е alike, as the plain stemmer does not', () => {
    const plain = (word: string) => String(plainStem(new lunr.Token(word)) ?? '');
    expect(plain('сёстры')).not.toBe(plain('сестры'));
    expect(stem('Сёстры')).toBe(stem('сестры'));
    expect(stem('всё')).toBe(stem('все'));
  });

  it('is what the stored index names stemmer-ru, so the browser runs the same', () => {
    expect(lunr.Pipeline.registeredFunctions['stemmer-ru']).toBe(lunr.ru.stemmer);
  });
});

/** What a reader may type for a surname: its cases, masculine and feminine. */
function surnameCases(surname: string): string[] {
  const masculine = surname.replace(/а$/, '');
  return [masculine, ...['а', 'у', 'ым', 'е', 'ой'].map((ending) => masculine + ending)];
}

describe('Russian search forms of glossary names', () => {
  it('adds the oblique form of a masculine surname and the masculine form of a feminine one', () => {
    const person = (ru: string): GlossaryEntry => ({
      id: 'x',
      kind: 'person',
      ru,
      en: '',
      variants: [],
      sources: [],
    });
    expect(russianSearchForms(person('Идрис Истеев'))).toEqual(['Истеева']);
    expect(russianSearchForms(person('Лейла Гуреева'))).toEqual(['Гуреев']);
    expect(russianSearchForms(person('убийство чести'))).toEqual([]);
  });

  const surnames = glossary.flatMap((entry) =>
    entry.ru
      .split(/\s+/)
      .filter((word) => /^[А-ЯЁ].*[оеё]ва?$/.test(word))
      .map((surname) => ({entry, surname})),
  );

  it('finds surnames in the glossary to check', () => {
    expect(surnames.length).toBeGreaterThan(3);
  });

  it.each(surnames)('every case of $surname stems like a keyword', ({entry, surname}) => {
    const keywordStems = new Set(
      [entry.ru, ...entry.variants, ...russianSearchForms(entry)]
        .flatMap((name) => name.split(/\s+/))
        .map(stem),
    );
    const missed = surnameCases(surname).filter((form) => !keywordStems.has(stem(form)));
    expect(missed).toEqual([]);
  });
});
