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
export interface PageTerm extends Pick<GlossaryEntry, 'ru' | 'en' | 'names' | 'variants'> {
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
  /** The sources of the page's `sources:` front matter, in citation order. */
  readonly sources: readonly CitedSource[];
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
export interface GlossaryName extends Pick<GlossaryEntry, 'ru' | 'en' | 'names'> {
  readonly id: TermId;
  readonly glossaryPath: string;
}

/** A glossary entry as its kind's glossary page shows it. */
export interface GlossaryPageEntry extends Pick<
  GlossaryEntry,
  'ru' | 'en' | 'names' | 'variants' | 'sources'
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

/**
 * One source as a page's list cites it: the record of src/data/sources.ts with its dates written as
 * this locale writes them, `published` absent for an undated source. Pages get only the sources they
 * cite (PageGlossary.sources), so the records of all sources do not load on every page.
 */
export interface CitedSource {
  readonly id: string;
  readonly publisher: string;
  readonly author?: string;
  readonly title: string;
  readonly titleSupplied?: true;
  readonly language: string;
  readonly url: string;
  readonly archiveUrl?: string;
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
  /** Each source's publisher, by id: what a citation's label and a data table's source links name. */
  readonly 'source-publishers.json': Readonly<Record<string, string>>;
  /** Every source's full record, for the sources page alone. */
  readonly 'all-sources.json': readonly CitedSource[];
};
