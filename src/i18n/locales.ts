/**
 * The site's languages. Adding one is configuration, not code: add a row here, then its files under
 * i18n/<code>/ (CONTRIBUTING.md walks through it). Russian is the source language: every other locale
 * translates it.
 */
export interface LocaleInfo {
  /** Name of the language in that language, for the language switch. */
  readonly label: string;
  readonly htmlLang: string;
  /** Docusaurus does not translate `title` and `tagline`, so each locale carries its own. */
  readonly title: string;
  readonly tagline: string;
  /**
   * Where "quick exit" goes: a busy, neutral site that shows the same page to everyone (no account,
   * no personalisation), common enough not to stand out in a browsing history, and reachable in
   * Russia without a block page (a blocked destination would show the operator's notice instead of
   * hiding the visit).
   */
  readonly quickExitUrl: string;
}

export const locales = {
  ru: {
    label: 'Русский',
    htmlLang: 'ru-RU',
    title: 'СК SOS',
    tagline: 'Справочник о кризисной группе «Северный Кавказ SOS»',
    // Gismeteo, Russia's best-known weather forecast: an everyday visit for anyone in Russia.
    quickExitUrl: 'https://www.gismeteo.ru/',
  },
  en: {
    label: 'English',
    htmlLang: 'en-GB',
    title: 'NC SOS',
    tagline: 'A reference on the North Caucasus SOS crisis group',
    // The same forecast, not the BBC's: Roskomnadzor blocked bbc.com in March 2022 (Interfax,
    // 16 March 2022, https://m.interfax.ru/829604), and a reader of the English pages in Russia
    // would land on a block page. A Russian weather site is also the least remarkable entry there.
    quickExitUrl: 'https://www.gismeteo.ru/',
  },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof locales;
export const sourceLocale: Locale = 'ru';
export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(code: string): code is Locale {
  return Object.hasOwn(locales, code);
}

/** The row of `code`; throws so that a locale missing from the table stops the build by name. */
export function localeInfo(code: string): LocaleInfo {
  if (!isLocale(code)) {
    throw new Error(
      `src/i18n/locales.ts: no entry for locale "${code}" (known: ${localeCodes.join(', ')})`,
    );
  }
  return locales[code];
}

/**
 * The locale Docusaurus is loading the config for. `docusaurus start` without `--locale` assigns
 * `undefined` to the variable, which Node stores as the string "undefined".
 */
export function configLocale(env: Record<string, string | undefined> = process.env): string {
  const code = env.DOCUSAURUS_CURRENT_LOCALE;
  return code === undefined || code === 'undefined' ? sourceLocale : code;
}
