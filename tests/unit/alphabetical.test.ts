import {describe, expect, it} from 'vitest';
import {alphabetical, filingText} from '../../src/i18n/alphabetical';

describe('alphabetical order of names and titles', () => {
  it('files a quoted name under its first letter', () => {
    expect(filingText('«Сфера»')).toBe('Сфера»');
    expect(filingText('“Sphere” Foundation')).toBe('Sphere” Foundation');
    expect(['«Эгида»', 'Дагестан', '«Сфера»'].sort(alphabetical('ru'))).toEqual([
      'Дагестан',
      '«Сфера»',
      '«Эгида»',
    ]);
  });

  it('follows the locale’s alphabet and ignores case', () => {
    // In code-point order Ё comes before А; in the alphabet it goes with Е, before Ж.
    expect(['Жук', 'Ёж', 'арбуз'].sort(alphabetical('ru'))).toEqual(['арбуз', 'Ёж', 'Жук']);
    expect(['sphere', 'Aegis', 'Chechnya'].sort(alphabetical('en'))).toEqual([
      'Aegis',
      'Chechnya',
      'sphere',
    ]);
  });
});
