/** What the data-text plugin hands to the client. Pure module: the browser bundle imports it. */
import type {LocaleTextFiles} from '../../src/data/validate';

export const dataTextPluginName = 'nc-sos-data-text';
/**
 * The module the plugin writes for the locale being built, imported as
 * `@generated/nc-sos-data-text/default/data-text.json` (src/types/generated.d.ts). Not global data:
 * that would put it in main.js, on pages that show no data, the home page among them.
 */
export const dataTextFile = 'data-text.json';

export interface DocRef {
  readonly permalink: string;
  readonly title: string;
}

export interface DataTextClientData {
  readonly locale: string;
  readonly text: LocaleTextFiles;
  /** Pages of this locale on which each glossary term appears. */
  readonly termPages: Readonly<Record<string, readonly DocRef[]>>;
  /** Every page of this locale, for the A–Z index. */
  readonly docs: readonly DocRef[];
}
