/** What the data-text plugin hands to the client. Pure module: the browser bundle imports it. */
import type {LocaleTextFiles} from '../../src/data/validate';

export const dataTextPluginName = 'nc-sos-data-text';

export interface DocRef {
  readonly permalink: string;
  readonly title: string;
}

export interface DataTextGlobalData {
  readonly locale: string;
  readonly text: LocaleTextFiles;
  /** Pages of this locale on which each glossary term appears. */
  readonly termPages: Readonly<Record<string, readonly DocRef[]>>;
  /** Every page of this locale, for the A–Z index. */
  readonly docs: readonly DocRef[];
}
