/**
 * The search page's ranking (issue #19, plugins/search-on-demand/pageSearch.ts) on a small index
 * built by the search theme's own indexer: pages, not sections; one result per page; a page holding
 * all the query's words before one holding some; the title before the text; the page a query names
 * and the page answering a reader's words first; breadcrumbs without repeats.
 */
import {createRequire} from 'node:module';
import {beforeAll, describe, expect, it} from 'vitest';
import {searchPages, titleFit} from '../../plugins/search-on-demand/pageSearch';
import {
  loadIndexes,
  type IndexedDoc,
  type SearchIndexes,
  type SerializedIndex,
} from '../../plugins/search-on-demand/searchIndex';
import {nodeLunr, nodeStopWord} from '../../plugins/search-on-demand/nodeSearch';

const themeRequire = createRequire(require.resolve('@easyops-cn/docusaurus-search-local'));
const {buildIndex} = themeRequire('./utils/buildIndex') as {
  buildIndex(
    docs: IndexedDoc[][],
    options: {
      language: string[];
      removeDefaultStopWordFilter: string[];
      removeDefaultStemmer: boolean;
    },
  ): SerializedIndex[];
};

interface TestPage {
  readonly u: string;
  readonly t: string;
  readonly keywords?: string;
  readonly sections?: readonly {readonly h: string; readonly t: string}[];
}

/** The five lists of documents the theme's scanDocuments makes of pages. */
function documentsOf(pages: readonly TestPage[]): IndexedDoc[][] {
  const lists: IndexedDoc[][] = [[], [], [], [], []];
  let id = 0;
  for (const page of pages) {
    const p = (id += 1);
    lists[0]?.push({i: p, t: page.t, u: page.u, b: ['Дела', 'Дела']});
    if (page.keywords) lists[3]?.push({i: p, t: page.keywords, s: page.t, u: page.u, p});
    for (const section of page.sections ?? []) {
      lists[1]?.push({i: (id += 1), t: section.h, u: page.u, h: `#${section.h}`, p});
      lists[4]?.push({i: (id += 1), t: section.t, s: section.h, u: page.u, h: `#${section.h}`, p});
    }
  }
  return lists;
}

const pages: readonly TestPage[] = [
  {u: '/bridges', t: 'Мосты', sections: [{h: 'intro', t: 'Мосты нужны не всем.'}]},
  {
    u: '/blocking',
    t: 'Справка',
    keywords: 'мосты',
    sections: [{h: 'what', t: 'Блокировка сети в России.'}],
  },
  {u: '/evacuation', t: 'Эвакуация', sections: [{h: 'how', t: 'Группа помогает уехать.'}]},
  {
    u: '/cases/young-man',
    t: 'Эвакуация молодого человека',
    sections: [
      {h: 'one', t: 'Эвакуация прошла тайно.'},
      {h: 'two', t: 'После эвакуации его переправили дальше.'},
      {h: 'three', t: 'Эвакуацию провели за несколько часов.'},
    ],
  },
  {u: '/activity/figures', t: 'Помощь в числах', sections: [{h: 'by-year', t: 'По годам.'}]},
  {u: '/cases/maxim-lapunov', t: 'Дело о пытках', sections: [{h: 'a', t: 'Он рассказал.'}]},
  {u: '/history/timeline', t: 'Хронология', sections: [{h: 'b', t: 'Лапунов, Лапунов, Лапунов.'}]},
];

let indexes: SearchIndexes;
const options = {locale: 'ru', baseUrl: '/', isStopWord: nodeStopWord(nodeLunr())} as const;
const found = (query: string) => searchPages(indexes, query, options).map((r) => r.page.u);

beforeAll(() => {
  const lunr = nodeLunr();
  const serialized = buildIndex(documentsOf(pages), {
    language: ['ru', 'en'],
    removeDefaultStopWordFilter: [],
    removeDefaultStemmer: false,
  });
  indexes = loadIndexes(lunr, JSON.parse(JSON.stringify(serialized)) as SerializedIndex[], '/');
});

describe('searchPages', () => {
  it('lists each page once, however many of its sections hold the words', () => {
    const results = found('эвакуация');
    expect(results.filter((u) => u === '/cases/young-man')).toHaveLength(1);
  });

  it('puts the page titled by the query before a page that only says it more often', () => {
    expect(found('эвакуация')[0]).toBe('/evacuation');
  });

  it('puts a page holding every word, in any of its parts, before a stronger match of one', () => {
    // «мосты» is /bridges' whole title, but only /blocking holds both words (keywords and text).
    expect(found('мосты блокировка')[0]).toBe('/blocking');
  });

  it('links a page matched in its text to the section, and one matched in its title to itself', () => {
    const [blocking] = searchPages(indexes, 'блокировка', options);
    expect(blocking?.document.h).toBe('#what');
    const [bridges] = searchPages(indexes, 'мосты', options);
    expect(bridges?.document).toBe(bridges?.page);
  });

  it('puts the page the query names first (entityFirst.ts)', () => {
    expect(found('Лапунов')[0]).toBe('/cases/maxim-lapunov');
  });

  it('puts the page answering a reader’s word first (src/data/searchSynonyms.ts)', () => {
    expect(found('статистика')).toEqual(['/activity/figures']);
  });

  it('shows breadcrumbs without repeats', () => {
    expect(indexes.pages.get(1)?.b).toEqual(['Дела']);
  });
});

describe('titleFit', () => {
  it('is the share of the title the query says', () => {
    expect(titleFit('Эвакуация', ['эвакуация'])).toBe(1);
    expect(titleFit('Эвакуация молодого человека', ['эвакуации'])).toBeCloseTo(1 / 3);
  });
});

describe('stopWordOf', () => {
  it('drops a word any language’s lunr filter drops, which returns nothing for it', () => {
    const isStopWord = nodeStopWord(nodeLunr());
    expect(['что', 'такое', 'the', 'is'].map(isStopWord)).toEqual([true, true, true, true]);
    expect(['сфера', 'sos', 'ск'].map(isStopWord)).toEqual([false, false, false]);
  });
});
