/** What the data-text plugin hands to the client. Pure module: the browser bundle imports it. */
import type {ChangeKind} from '../../src/data/changelog';
import type {GlossaryEntry, GlossaryKind, TermId} from '../../src/data/glossary';
import type {FigureMeasure, NetworkMeasure} from '../../src/data/figures';
import type {KeyFactId} from '../../src/data/keyFacts';
import type {SourceId} from '../../src/data/sources';

export const dataTextPluginName = 'nc-sos-data-text';

export interface DocRef {
  readonly permalink: string;
  readonly title: string;
}

/** A glossary term as one page shows it: its names, its description, and where its entry is. */
export interface PageTerm extends Pick<GlossaryEntry, 'ru' | 'en' | 'names' | 'variants'> {
  /** Its entry on its kind's glossary page (`/glossary/people#david-isteev`). */
  readonly glossaryPath: string;
  /** Rendered by i18next at build time, into the tooltip in the page's HTML. */
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
  /** The sources of the page's `sources:` front matter, in citation order. */
  readonly sources: readonly CitedSource[];
}

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
    /** The row's id, from its date (src/data/anchors.ts). */
    readonly id: string;
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

/** One fact of the home pages' box: what it counts, the figure, and the sources that state it. */
export interface KeyFactText {
  readonly id: KeyFactId;
  readonly label: string;
  readonly value: string;
  readonly note?: string;
  /** Numbers of the box's sources that state it: `[1]` is `sources[0]`. */
  readonly cites: readonly {readonly id: SourceId; readonly number: number}[];
}

/** One entry of the changelog as the "What's new" page and the feeds show it (changelog.ts). */
export interface ChangeText {
  readonly id: string;
  /** YYYY-MM-DD, for `<time dateTime>` and the feed. */
  readonly date: string;
  /** The date as the locale writes it. */
  readonly dateText: string;
  readonly kind: ChangeKind;
  readonly title: string;
  readonly summary: string;
  readonly pages: readonly DocRef[];
}

export type DataTextModules = GlossaryKindModules & {
  /** The changelog, newest first, for the "What's new" page. */
  readonly 'changelog.json': readonly ChangeText[];
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
  /** The home page's key facts, with the full records of the sources they cite, in citation order. */
  readonly 'key-facts.json': {
    readonly facts: readonly KeyFactText[];
    readonly sources: readonly CitedSource[];
  };
  /** Every page of this locale, for the A–Z index, sorted by title in its alphabetical order. */
  readonly 'docs.json': readonly DocRef[];
  /** Each source's publisher, by id: what a citation's label and a data table's source links name. */
  readonly 'source-publishers.json': Readonly<Record<string, string>>;
  /** Every source's full record, for the sources page alone. */
  readonly 'all-sources.json': readonly CitedSource[];
};
