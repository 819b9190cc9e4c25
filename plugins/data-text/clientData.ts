/** What the data-text plugin hands to the client. Pure module: the browser bundle imports it. */
import type {GlossaryEntry, GlossaryKind, TermId} from '../../src/data/glossary';
import type {FigureMeasure, NetworkMeasure} from '../../src/data/figures';
import type {SourceId} from '../../src/data/sources';

export const dataTextPluginName = 'nc-sos-data-text';

export interface DocRef {
  readonly permalink: string;
  readonly title: string;
}

/** A glossary term as one page shows it: its names, and where its entry is. */
export interface PageTerm extends Pick<GlossaryEntry, 'ru' | 'en' | 'variants'> {
  /** Its entry on its kind's glossary page (`/glossary/people#david-isteev`). */
  readonly glossaryPath: string;
}

/**
 * What one page needs of the glossary, made at build time (pageGlossary.ts). Every page exports its
 * own (plugins/remark-page-glossary.ts) for `<Term>`, its list of names and its keywords: a page
 * loads neither the whole glossary nor i18next for them. The terms' descriptions are apart
 * (`TermDescriptions`).
 */
export interface PageGlossary {
  /** The terms the page names with `<Term>`, by id, in glossary order. */
  readonly terms: Readonly<Record<string, PageTerm>>;
  /** Every way the names of the page's `subjects:` are written. */
  readonly keywords: readonly string[];
}

/**
 * The descriptions of one page's terms, by id, rendered by i18next at build time. Only a `<Term>`'s
 * tooltip shows them, when the reader points at or focuses something: each page exports a loader for
 * them (`termDescriptions`), so a first visit does not fetch them, and a phone, where nobody hovers,
 * seldom does.
 */
export type TermDescriptions = Readonly<Record<string, string>>;

/** The `termDescriptions` export of every page (plugins/remark-page-glossary.ts). */
export type TermDescriptionsLoader = () => Promise<{readonly default: TermDescriptions}>;

/** An entry as the glossary's first page lists it: its names, linked to its entry. */
export interface GlossaryName extends Pick<GlossaryEntry, 'ru' | 'en'> {
  readonly id: TermId;
  readonly glossaryPath: string;
}

/** A glossary entry as its kind's glossary page shows it. */
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

/** Everything one kind's glossary page shows, in this locale's alphabetical order. */
export interface GlossaryKindPage {
  readonly entries: readonly GlossaryPageEntry[];
}

/** The module of each kind's glossary page: `glossary-person.json`. */
export type GlossaryKindModules = {
  readonly [Kind in GlossaryKind as `glossary-${Kind}.json`]: GlossaryKindPage;
};

/**
 * The modules the plugin writes for the locale being built, each imported as
 * `@generated/nc-sos-data-text/default/<file>` (src/types/generated.d.ts) by the page or component
 * that shows it. Not global data, which would put it in main.js on every page; not one module
 * either: a page loads only the text it shows. Each goes with the one page that shows it: the
 * glossary's (its first page, and one per kind), the cases', the figures' and the list of pages;
 * the sources' dates go with every page that lists its sources.
 * Besides these, one `page-glossary/<file>.json` per page. The glossary's pages load neither the
 * glossary's data module nor i18next.
 */
/** The Russian LGBT Network's running totals, as the figures page's second table shows them. */
export interface NetworkTotalsText {
  readonly caption: string;
  /** Head of the first column: the date each total was stated for. */
  readonly asOf: string;
  readonly measures: Readonly<Record<NetworkMeasure, string>>;
  readonly note: string;
  readonly rows: readonly {
    readonly asOf: string;
    /** Each count as the source words it; null where the source gives none. */
    readonly counts: Readonly<Record<NetworkMeasure, string | null>>;
    readonly source: SourceId;
  }[];
}

export interface SourceDates {
  readonly published?: string;
  readonly checked: string;
}

export type DataTextModules = GlossaryKindModules & {
  /** The glossary's first page: every name by kind, each kind in this locale's alphabetical order. */
  readonly 'glossary.json': {
    readonly groups: readonly {
      readonly kind: GlossaryKind;
      readonly entries: readonly GlossaryName[];
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
    readonly network: NetworkTotalsText;
  };
  /** Every page of this locale, for the A–Z index, sorted by title in its alphabetical order. */
  readonly 'docs.json': readonly DocRef[];
  /**
   * Each source's dates as this locale writes them, by source id, for every page's sources:
   * `published` (absent for an undated source) and `checked` (when the editors last read it).
   */
  readonly 'source-dates.json': Readonly<Record<string, SourceDates>>;
};
