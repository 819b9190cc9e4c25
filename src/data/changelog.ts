/**
 * What changed in the reference's content, for the "What's new" page and the Atom feeds. To add an
 * entry: prepend it here (newest first is not required, the build sorts by date), with the day the
 * change landed, its kind and the ids of the pages it touched (`history/sphere`, as under docs/),
 * then give its title and summary under the same id in i18n/ru/data/changelog.json and
 * i18n/en/data/changelog.json. A fix of a fact the site stated wrongly is a `correction`, always:
 * readers who quoted the old text need to find it. Every entry must be supported by the history of
 * the repository (the commit that made the change); the entries below cite theirs.
 */

export const changeKinds = ['new-page', 'new-fact', 'correction'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export interface ChangeEntry {
  readonly id: string;
  /** The day the change landed, YYYY-MM-DD. */
  readonly date: string;
  readonly kind: ChangeKind;
  /** Doc ids of the pages the change touched, at least one. */
  readonly pages: readonly string[];
}

export const changelog = [
  // 1963aec (the index in shards), and the safety page's search section after it
  {id: 'search-in-parts', date: '2026-12-02', kind: 'new-fact', pages: ['safety']},
  // 16c24d3
  {id: 'data-downloads', date: '2026-12-02', kind: 'new-page', pages: ['data']},
  // 30731a0
  {
    id: 'timeline-split',
    date: '2026-12-02',
    kind: 'new-page',
    pages: ['history/timeline', 'history/timeline-2022', 'history/timeline-2023'],
  },
  // 28430b8
  {id: 'network-totals', date: '2026-12-02', kind: 'new-fact', pages: ['activity/figures']},
  // c3c5fe4 (the sources, 6 → 41), 4794140, 98c155f, 0f5f9d3
  {id: 'more-sources', date: '2026-12-02', kind: 'new-fact', pages: ['sources']},
  // 4794140
  {id: 'sphere-liquidation', date: '2026-12-02', kind: 'correction', pages: ['history/sphere']},
  // 98c155f
  {id: 'marem-husband', date: '2026-12-02', kind: 'correction', pages: ['activity/marem']},
  // 0f5f9d3
  {
    id: 'dagestan-sisters-names',
    date: '2026-12-02',
    kind: 'correction',
    pages: ['cases/dagestan-sisters'],
  },
  // 0f5f9d3
  {
    id: 'forced-conscription-ransom',
    date: '2026-12-02',
    kind: 'correction',
    pages: ['cases/forced-conscription'],
  },
  // 0f5f9d3
  {
    id: 'magamadov-isaev-flat',
    date: '2026-12-02',
    kind: 'correction',
    pages: ['cases/magamadov-isaev'],
  },
  // 0f5f9d3
  {id: 'cases-caption', date: '2026-12-02', kind: 'correction', pages: ['cases/index']},
  // bbee301
  {
    id: 'conversion-therapy-definition',
    date: '2026-12-02',
    kind: 'correction',
    pages: ['glossary/terms'],
  },
  // 357dd28
  {
    id: 'network-wikipedia-list',
    date: '2026-11-23',
    kind: 'correction',
    pages: ['history/russian-lgbt-network'],
  },
  // 269a350
  {
    id: 'glossary-by-kind',
    date: '2026-11-23',
    kind: 'new-page',
    pages: [
      'glossary/people',
      'glossary/places',
      'glossary/organizations',
      'glossary/institutions',
      'glossary/terms',
    ],
  },
  // a3ae0d1
  {id: 'page-index', date: '2026-11-23', kind: 'new-page', pages: ['glossary/a-z']},
  // 7e43d7c
  {id: 'safety-page', date: '2026-11-23', kind: 'new-page', pages: ['safety']},
  // 53ce9a4, 71f7fa8
  {
    id: 'first-edition',
    date: '2026-11-23',
    kind: 'new-page',
    pages: ['about', 'history/index', 'activity/index', 'cases/index', 'glossary/index', 'sources'],
  },
] as const satisfies readonly ChangeEntry[];

export type ChangeId = (typeof changelog)[number]['id'];

/** Each locale's Atom feed of the changelog, at the root of its site (`/changes.atom`, `/en/changes.atom`). */
export const changesFeedFile = 'changes.atom';
