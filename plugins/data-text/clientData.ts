/** What the data-text plugin hands to the client. Pure module: the browser bundle imports it. */
import type {LocaleTextFiles} from '../../src/data/validate';

export const dataTextPluginName = 'nc-sos-data-text';

export interface DocRef {
  readonly permalink: string;
  readonly title: string;
}

/** One text file of the locale being built, with what i18next needs to render it. */
export interface TextModule<Name extends keyof LocaleTextFiles> {
  readonly locale: string;
  readonly text: Pick<LocaleTextFiles, Name>;
}

/**
 * The glossary terms one page names, each with its description, rendered by i18next at build time
 * and in glossary order. Every page exports its own (plugins/remark-page-terms.ts) for `<Term>` and
 * the page's list of names: a page loads neither the whole glossary's text nor i18next for them.
 */
export type PageTerms = Readonly<Record<string, string>>;

/**
 * The modules the plugin writes for the locale being built, each imported as
 * `@generated/nc-sos-data-text/default/<file>` (src/types/generated.d.ts) by the components that show
 * it. Not global data, which would put it in main.js on every page; not one module either: a page
 * loads only the text it shows. The glossary's, the cases', the figures' and the list of pages each
 * go with the one page that shows them. (Besides these, one `page-terms/<file>.json` per page.)
 */
export interface DataTextModules {
  readonly 'glossary.json': TextModule<'glossary'> & {
    /** Pages of this locale on which each glossary term appears. */
    readonly termPages: Readonly<Record<string, readonly DocRef[]>>;
  };
  readonly 'cases.json': TextModule<'cases'>;
  readonly 'figures.json': TextModule<'figures'>;
  /** Every page of this locale, for the A–Z index. */
  readonly 'docs.json': readonly DocRef[];
}
