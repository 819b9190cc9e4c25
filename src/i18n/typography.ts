/**
 * Non-breaking spaces where Russian typography wants them, added at build time so that writers type
 * plain spaces: after short words (prepositions, conjunctions, particles: «в Грозном», «и не»),
 * before short particles that lean on the word before (же, ли, бы), before a spaced dash
 * («СК SOS — кризисная группа»), between a number and the word after it («1,5 млн», «21 сентября»,
 * «2022 года», «48 человек») and inside a number's groups («17 000»). One function serves the pages
 * (plugins/remark-typography.ts) and the data text that i18next renders (plugins/localized-data).
 * Only ordinary whitespace is replaced, so applying it twice changes nothing.
 *
 * The search index still finds each word: lunr splits on `\s`, which includes U+00A0
 * (tests/unit/typography.test.ts checks it against the search plugin's own index builder).
 */
const nbsp = '\u00A0';
const space = '[ \\t\\r\\n]+';

/** Particles that belong to the word before them: «он же», «было ли», «если бы». */
const enclitics = new Set(['же', 'ли', 'бы']);

const rules: readonly (readonly [RegExp, (match: string, ...groups: string[]) => string])[] = [
  // A word of one or two letters, or «из-за»/«из-под», not part of a longer word, and the word after.
  [
    new RegExp(`(?<![\\p{L}\\p{N}])([а-яё]{1,2}|из-за|из-под)${space}(?=\\S|$)`, 'giu'),
    (match, word = '') => (enclitics.has(word.toLowerCase()) ? match : `${word}${nbsp}`),
  ],
  [new RegExp(`(?<=\\p{L})${space}(?=(?:же|ли|бы)(?![\\p{L}\\p{N}]))`, 'giu'), () => nbsp],
  // A spaced dash stays on the line of the word before it.
  [new RegExp(`${space}(?=—(?:\\s|$))`, 'gu'), () => nbsp],
  // A number and the word, unit or month after it.
  [new RegExp(`(?<=\\d)${space}(?=[а-яё%№])`, 'giu'), () => nbsp],
  // Groups of thousands: «17 000», «1 200 000».
  [/(?<=(?<![\d.,])\d{1,3}(?:[ \u00A0]\d{3})*)[ ](?=\d{3}(?![\d,.]))/gu, () => nbsp],
];

/**
 * `text` with Russian non-breaking spaces. `before` is the text just before it in the same line (an
 * element's text before a text node): a node that continues a word («<Term>Сфер</Term>ы и…») must
 * not have that word's end taken for a short word.
 */
export function russianTypography(text: string, before = ''): string {
  // Up to three characters that end `before` with no space after them tell a short word from the
  // end of a longer one. The rules change only whitespace, so the context keeps its length.
  const context = /\S{0,3}$/u.exec(before)?.[0] ?? '';
  let result = context + text;
  for (const [pattern, replace] of rules) result = result.replace(pattern, replace);
  return result.slice(context.length);
}

export type Typeset = (text: string, before?: string) => string;

const unchanged: Typeset = (text) => text;

/** The typography of `locale`: Russian adds non-breaking spaces; other locales keep the text as is. */
export function typographyFor(locale: string): Typeset {
  return locale === 'ru' ? russianTypography : unchanged;
}
