/** A third language gives its own form of a glossary name, or shows the English one. */
import {describe, expect, it} from 'vitest';
import {entrySchemas} from '../../src/data/schema';
import {nameIn, namesFor, namesInOrder} from '../../src/data/glossary/types';

const sphere = {ru: 'Фонд «Сфера»', en: 'Sphere foundation', names: {de: 'Stiftung Sphere'}};

describe('glossary names per language', () => {
  it('puts the page language first and the Russian form beside it', () => {
    expect(namesInOrder(sphere, 'ru')).toEqual([
      {lang: 'ru', name: 'Фонд «Сфера»'},
      {lang: 'en', name: 'Sphere foundation'},
    ]);
    expect(namesInOrder(sphere, 'en')[0]).toEqual({lang: 'en', name: 'Sphere foundation'});
    expect(namesInOrder(sphere, 'de')).toEqual([
      {lang: 'de', name: 'Stiftung Sphere'},
      {lang: 'ru', name: 'Фонд «Сфера»'},
    ]);
  });

  it('falls back to the English form, marked as English, for a language without its own', () => {
    expect(namesInOrder(sphere, 'uk')[0]).toEqual({lang: 'en', name: 'Sphere foundation'});
    expect(nameIn(sphere, 'uk')).toBe('Sphere foundation');
    expect(nameIn(sphere, 'de')).toBe('Stiftung Sphere');
  });

  it("gives a page only its own language's form", () => {
    expect(namesFor({...sphere, names: {de: 'x', fr: 'y'}}, 'fr')).toEqual({
      ru: sphere.ru,
      en: sphere.en,
      names: {fr: 'y'},
    });
    expect(namesFor(sphere, 'en')).toEqual({ru: sphere.ru, en: sphere.en});
  });

  it('accepts names only for the languages of the site other than ru and en', () => {
    const schema = entrySchemas(['wikipedia']).glossary;
    const entry = {
      id: 'sphere',
      kind: 'organization',
      ...sphere,
      variants: [],
      sources: ['wikipedia'],
    };
    const result = schema.safeParse({...entry, names: {en: 'Sphere'}});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /"en" is not a language of the site other than ru and en/,
    );
  });
});
