import {describe, expect, it} from 'vitest';
import {glossary, glossaryKinds, nameIn} from '../../src/data/glossary';
import {glossaryGroups} from '../../plugins/localized-data/glossaryGroups';
import {alphabetical, filingText} from '../../src/i18n/alphabetical';
import {localeCodes} from '../../src/i18n/locales';

describe('alphabetical order of names and titles', () => {
  it('files a quoted name under its first letter', () => {
    expect(filingText('«Сфера»')).toBe('Сфера»');
    expect(filingText('“Sphere” Foundation')).toBe('Sphere” Foundation');
    expect(filingText('‘Sphere’ Foundation')).toBe('Sphere’ Foundation');
    expect(filingText('„Сфера“')).toBe('Сфера“');
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

describe('glossary groups', () => {
  it.each(localeCodes)('hold every entry once, under its kind, in %s order', (locale) => {
    const groups = glossaryGroups(locale);
    expect(groups.map(({kind}) => kind)).toEqual([...glossaryKinds]);
    expect(groups.flatMap(({entries}) => entries.map(({id}) => id)).sort()).toEqual(
      glossary.map(({id}) => id).sort(),
    );
    // Checked against the platform's own collation on the names stripped of leading punctuation, not
    // with the site's comparator, so a broken comparator cannot agree with itself.
    const filed = (name: string) => name.replace(/^[^\p{L}\p{N}]+/u, '');
    for (const {kind, entries} of groups) {
      const names = entries.map((entry) => {
        expect(entry.kind).toBe(kind);
        return nameIn(entry, locale);
      });
      const outOfOrder = names.filter(
        (name, index) =>
          index > 0 &&
          filed(names[index - 1] ?? '').localeCompare(filed(name), locale, {sensitivity: 'base'}) >
            0,
      );
      expect(outOfOrder, `${kind}: names after a name that should follow them`).toEqual([]);
    }
  });
});
