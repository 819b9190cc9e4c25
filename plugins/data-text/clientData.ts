/** What the data-text plugin hands to the client. Pure module: the browser bundle imports it. */
import type {GlossaryEntry, GlossaryKind, TermId} from '../../src/data/glossary';
import type {FigureMeasure} from '../../src/data/figures';

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

/** A glossary entry as the glossary page shows it. */
export interface GlossaryPageEntry extends Pick<
  GlossaryEntry,
  'ru' | 'en' | 'variants' | 'sources'
> {
  readonly id: TermId;
  readonly description: string;
  /** Pages of this locale on which the term appears, by address. */
  readonly pages: readonly DocRef[];
}

/** One case's row in the cases table. */
export interface CaseText {
  readonly title: string;
  readonly summary: string;
  readonly outcome: string;
  /** The region's name, from the glossary. */
  readonly region: string;
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
   * Everything the glossary page shows, so that it loads neither the glossary's data module nor
   * i18next: the entries by kind, each kind in this locale's alphabetical order.
   */
  readonly 'glossary.json': {
    readonly groups: readonly {
      readonly kind: GlossaryKind;
      readonly entries: readonly GlossaryPageEntry[];
    }[];
  };
  /** The cases table's text, rendered by i18next at build time like the glossary's. */
  readonly 'cases.json': Readonly<Record<string, CaseText>>;
  /** The figures' text for their chart and table, counts filled in and plural forms chosen. */
  readonly 'figures.json': {
    readonly chartTitle: string;
    readonly chartDescription: string;
    /** Each measure's name: the table's column heads and the chart's legend. */
    readonly measures: Readonly<Record<FigureMeasure, string>>;
    readonly note2022: string;
    /** The total since 2017, as a sentence. */
    readonly total: string;
  };
  /** Every page of this locale, for the A–Z index, sorted by title in its alphabetical order. */
  readonly 'docs.json': readonly DocRef[];
}
