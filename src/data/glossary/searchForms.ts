import type {GlossaryEntry} from './types';

/** A capitalized Cyrillic word: a name, not a common noun of a term. */
const properName = /^[А-ЯЁ][а-яё-]+$/;

/**
 * Russian forms of an entry's names that the built-in search must know beyond those written. The
 * Russian stemmer cuts a surname in -ов/-ев/-ёв to its root (Истеев → «исте») but keeps the suffix in
 * every other case (Истеева, Истееву, Истеевым → «истеев»), so a page naming Истеев is not found for
 * «Истеева». One oblique form (+а) stems like all of them; for a woman's surname (Гуреева), the
 * masculine form stands for the family name.
 */
export function russianSearchForms(entry: GlossaryEntry): string[] {
  const words = [entry.ru, ...entry.variants].flatMap((name) => name.split(/\s+/));
  const forms = words
    .filter((word) => properName.test(word))
    .flatMap((word) => {
      if (/[оеё]в$/.test(word)) return [`${word}а`];
      if (/[оеё]ва$/.test(word)) return [word.slice(0, -1)];
      return [];
    });
  return [...new Set(forms)];
}
