/** What the data-text plugin hands to the client. Pure module: the browser bundle imports it. */
import type {GlossaryEntry, TermId} from '../../src/data/glossary';
import type {GlossaryGroup} from './glossaryGroups';
import type {LocaleTextFiles} from '../../src/data/validate';

export const dataTextPluginName = 'nc-sos-data-text';

export interface DocRef {
  readonly permalink: string;
  readonly title: string;
}

/** A glossary term as one page shows it: its names, and its description rendered by i18next. */
export interface PageTerm extends Pick<GlossaryEntry, 'ru' | 'en' | 'variants'> {
  readonly description: string;
}

/**
 * What one page needs of the glossary, made at build time (pageGlossary.ts). Every page exports its
 * own (plugins/remark-page-glossary.ts) for `<Term>`, its list of names and its keywords: a page
 * loads neither the whole glossary nor i18next for them.
 */
export interface PageGlossary {
  /** The terms the page names with `<Term>`, by id, in glossary order. */
  readonly terms: Readonly<Record<string, PageTerm>>;
  /** Every way the names of the page's `subjects:` are written. */
  readonly keywords: readonly string[];
}

/** One case's row in the cases table. */
export interface CaseText {
  readonly title: string;
  readonly summary: string;
  readonly outcome: string;
}

/**
 * The modules the plugin writes for the locale being built, each imported as
 * `@generated/nc-sos-data-text/default/<file>` (src/types/generated.d.ts) by the components that show
 * it. Not global data, which would put it in main.js on every page; not one module either: a page
 * loads only the text it shows. The glossary's, the cases', the figures' and the list of pages each
 * go with the one page that shows them. (Besides these, one `page-glossary/<file>.json` per page.)
 */
export interface DataTextModules {
  /**
   * The glossary page's text. Its descriptions have no counts or other values to fill in, so i18next
   * renders them once, at build time, and the page loads neither i18next nor the raw text.
   */
  readonly 'glossary.json': {
    /** Entry ids by kind, in this locale's alphabetical order. */
    readonly groups: readonly GlossaryGroup[];
    readonly descriptions: Readonly<Record<TermId, string>>;
    /** Pages of this locale on which each glossary term appears. */
    readonly termPages: Readonly<Record<string, readonly DocRef[]>>;
  };
  /** The cases table's text, rendered by i18next at build time like the glossary's. */
  readonly 'cases.json': Readonly<Record<string, CaseText>>;
  /** The figures' raw text, which has counts to fill in: i18next renders it in the page. */
  readonly 'figures.json': {
    readonly locale: string;
    readonly text: Pick<LocaleTextFiles, 'figures'>;
  };
  /** Every page of this locale, for the A–Z index, sorted by title in its alphabetical order. */
  readonly 'docs.json': readonly DocRef[];
}
