/**
 * The search page's ranking (issue #19, plugins/search-on-demand/pageSearch.ts) on a small index
 * built by the search theme's own indexer and sharded as the build shards it (writeShards.ts):
 * pages, not sections; one result per page; a page holding all the query's words before one
 * holding some; the title before the text; the page a query names and the page answering a
 * reader's words first; breadcrumbs without repeats. And the shards themselves (shardStore.ts):
 * lunr's own answers, from only the files a query needs.
 */
import {createRequire} from 'node:module';
import {beforeAll, describe, expect, it} from 'vitest';
import {searchPages, titleFit} from '../../plugins/search-on-demand/pageSearch';
import type {IndexedDoc, SerializedIndex} from '../../plugins/search-on-demand/searchIndex';
import {nodeLunr, nodeStopWord} from '../../plugins/search-on-demand/nodeSearch';
import {excerptCount, ShardedIndex} from '../../plugins/search-on-demand/shardStore';
import {withinEdits} from '../../plugins/search-on-demand/wordList';
import {
  checkManifest,
  checkSection,
  checkShard,
  manifestFile,
} from '../../plugins/search-on-demand/shardFormat';
import {shardIndex} from '../../plugins/search-on-demand/writeShards';

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
  {u: '/history/years', t: 'Хронология: 2017–2021', sections: [{h: 'c', t: 'В 2019 году суд.'}]},
  {u: '/history/one-year', t: 'Хронология: 2022 год', sections: [{h: 'd', t: 'Суд.'}]},
];

function themeIndex(testPages: readonly TestPage[]): SerializedIndex[] {
  const serialized = buildIndex(documentsOf(testPages), {
    language: ['ru', 'en'],
    removeDefaultStopWordFilter: [],
    removeDefaultStemmer: false,
  });
  return JSON.parse(JSON.stringify(serialized)) as SerializedIndex[];
}

/** The sharded index in memory, and the names of the files a search has read. */
async function openSharded(files: ReadonlyMap<string, string>) {
  const read: string[] = [];
  const index = await ShardedIndex.open(
    nodeLunr(),
    async (name) => {
      const text = files.get(name);
      if (text === undefined) throw new Error(`no ${name}`);
      read.push(name);
      return JSON.parse(text) as unknown;
    },
    '/',
  );
  return {index, read};
}

let index: ShardedIndex;
const options = {locale: 'ru', baseUrl: '/', isStopWord: nodeStopWord(nodeLunr())} as const;
const search = (query: string) => index.settle(() => searchPages(index.indexes, query, options));
const found = async (query: string) => (await search(query)).map((r) => r.page.u);

beforeAll(async () => {
  ({index} = await openSharded(shardIndex(themeIndex(pages))));
});

describe('searchPages', () => {
  it('lists each page once, however many of its sections hold the words', async () => {
    const results = await found('эвакуация');
    expect(results.filter((u) => u === '/cases/young-man')).toHaveLength(1);
  });

  it('puts the page titled by the query before a page that only says it more often', async () => {
    expect((await found('эвакуация'))[0]).toBe('/evacuation');
  });

  it('puts a page holding every word, in any of its parts, before a stronger match of one', async () => {
    // «мосты» is /bridges' whole title, but only /blocking holds both words (keywords and text).
    expect((await found('мосты блокировка'))[0]).toBe('/blocking');
  });

  it('links a page matched in its text to the section, and one matched in its title to itself', async () => {
    const [blocking] = await index.withExcerpts(await search('блокировка'));
    expect(blocking?.document.h).toBe('#what');
    const [bridges] = await index.withExcerpts(await search('мосты'));
    expect(bridges?.document).toBe(bridges?.page);
  });

  it('puts the page the query names first (entityFirst.ts)', async () => {
    expect((await found('Лапунов'))[0]).toBe('/cases/maxim-lapunov');
  });

  it('puts the page answering a reader’s word first (src/data/searchSynonyms.ts)', async () => {
    expect(await found('статистика')).toEqual(['/activity/figures']);
  });

  it('puts the timeline of the year a query asks about first, a title naming it before a span', async () => {
    // 2018 is in no page's text: only the span in the title says the page covers it.
    expect((await found('что произошло в 2018 году'))[0]).toBe('/history/years');
    expect((await found('what happened in 2022'))[0]).toBe('/history/one-year');
    // A query saying more than the year is ranked as any other.
    expect((await found('эвакуация 2019'))[0]).toBe('/evacuation');
  });

  it('puts the page answering a reader’s word first only if it holds half the query’s other words', async () => {
    // The figures page says nothing of bridges: «мосты» is left to the pages that do.
    expect((await found('статистика мосты'))[0]).toBe('/bridges');
    expect((await found('статистика по годам'))[0]).toBe('/activity/figures');
  });

  it('shows breadcrumbs without repeats', () => {
    expect(index.indexes.pages.get(1)?.b).toEqual(['Дела']);
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

describe('the sharded index (writeShards.ts, shardStore.ts)', () => {
  const serialized = themeIndex(pages);
  // Small shards, so that this small index has many and a query can be seen to skip most.
  const files = shardIndex(serialized, {targetBytes: 150});
  const manifest = JSON.parse(files.get(manifestFile) ?? '{}') as {
    folder: string;
    shardCount: number;
  };

  it('answers each lookup with lunr’s own documents and scores', async () => {
    const {index: sharded} = await openSharded(files);
    const lunr = nodeLunr() as unknown as {
      Index: {
        load(index: unknown): {query: ShardedIndex['indexes']['kinds'][number]['index']['query']};
      };
      Query: {wildcard: {TRAILING: number}};
    };
    const lookups = [
      {term: 'эвакуация', clause: {}},
      {term: 'эваку', clause: {usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING}},
      // Expands to many words, whose number lunr divides the score by.
      {term: 'п', clause: {usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING}},
      {term: 'блокировко', clause: {editDistance: 1}},
      {term: 'лапунова', clause: {}},
    ];
    for (const {term, clause} of lookups) {
      for (const kind of sharded.indexes.kinds) {
        const own = lunr.Index.load(serialized[kind.type]?.index).query((q) =>
          q.term(term, {...clause}),
        );
        const answer = () => kind.index.query((q) => q.term(term, {...clause}));
        const ours = await sharded.settle(answer);
        const scores = (matches: typeof ours) =>
          Object.fromEntries(matches.map((m) => [m.ref, m.score.toFixed(2)]));
        expect(scores(ours), `${term} in kind ${kind.type}`).toEqual(scores(own));
        const words = (matches: typeof ours) =>
          Object.fromEntries(
            matches.map((m) => [m.ref, Object.keys(m.matchData.metadata).sort().join(' ')]),
          );
        expect(words(ours), `${term} in kind ${kind.type}`).toEqual(words(own));
      }
    }
  });

  it('fetches only the shards of the query’s words, and the excerpts of the results shown', async () => {
    expect(manifest.shardCount).toBeGreaterThan(5);
    const {index: sharded, read} = await openSharded(files);
    const results = await sharded.settle(() => searchPages(sharded.indexes, 'блокировка', options));
    const shards = read.filter((name) => /\/t\d+\.json$/.test(name));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(manifest.shardCount / 2);
    const shown = await sharded.withExcerpts(results);
    const sections = read.filter((name) => /\/s\d+\.json$/.test(name));
    expect(sections).toEqual([`${manifest.folder}/s${shown[0]?.document.i}.json`]);
    expect(shown[0]?.document.t).toBe('Блокировка сети в России.');
    // Marked where lunr would mark it, for the theme's result list.
    expect(Object.values(shown[0]?.metadata ?? {}).map((m) => m.t?.position)).toEqual([[[0, 10]]]);
  });

  it(`lists the results after the first ${excerptCount} by their page, without an excerpt`, async () => {
    const many = Array.from({length: excerptCount + 3}, (_, n) => ({
      u: `/page-${n}`,
      t: `Страница ${n}`,
      sections: [{h: 'a', t: `Раздел про эвакуацию номер ${n}.`}],
    }));
    const {index: sharded, read} = await openSharded(shardIndex(themeIndex(many)));
    const results = await sharded.settle(() => searchPages(sharded.indexes, 'эвакуацию', options));
    expect(results).toHaveLength(excerptCount + 3);
    const shown = await sharded.withExcerpts(results);
    expect(read.filter((name) => /\/s\d+\.json$/.test(name))).toHaveLength(excerptCount);
    expect(shown.slice(0, excerptCount).every((r) => r.document.h === '#a')).toBe(true);
    expect(shown.slice(excerptCount).every((r) => r.document === r.page && r.type === 0)).toBe(
      true,
    );
  });

  it('marks a word whose stem is shorter than three letters («геев» → «ге»)', async () => {
    const short = [
      {u: '/gays', t: 'Страница', sections: [{h: 'x', t: 'Преследования геев в Чечне.'}]},
    ];
    const {index: sharded} = await openSharded(shardIndex(themeIndex(short)));
    const results = await sharded.settle(() => searchPages(sharded.indexes, 'геев', options));
    const [shown] = await sharded.withExcerpts(results);
    expect(Object.values(shown?.metadata ?? {}).map((m) => m.t?.position)).toEqual([[[14, 4]]]);
  });

  it('names its folder by its content', () => {
    const again = shardIndex(themeIndex(pages), {targetBytes: 150});
    expect(JSON.parse(again.get(manifestFile) ?? '{}')).toMatchObject({folder: manifest.folder});
    const changed = shardIndex(themeIndex([...pages, {u: '/new', t: 'Новая'}]), {targetBytes: 150});
    expect(JSON.parse(changed.get(manifestFile) ?? '{}').folder).not.toBe(manifest.folder);
  });
});

describe('withinEdits', () => {
  it('counts insertions, deletions, replacements and swaps of two letters as one edit each', () => {
    expect(withinEdits('эвакуация', 'эвакуацыя', 1)).toBe(true);
    expect(withinEdits('эвакуация', 'эвакуция', 1)).toBe(true);
    expect(withinEdits('эвакуация', 'эвакауция', 1)).toBe(true);
    expect(withinEdits('эвакуация', 'эвакуацияя', 1)).toBe(true);
    expect(withinEdits('эвакуация', 'эвокуацыя', 1)).toBe(false);
    expect(withinEdits('эвакуация', 'эвокуацыя', 2)).toBe(true);
    expect(withinEdits('sphere', 'spehre', 1)).toBe(true);
    expect(withinEdits('tor', 'toronto', 2)).toBe(false);
  });
});

describe('index files checked as they come (shardFormat.ts)', () => {
  it('stops on a wrong file, naming the file and the field', () => {
    const file = 'search-index/abc/t3.json';
    expect(() => checkShard(null, file)).toThrow(`search index: ${file}: not an object of words`);
    expect(() => checkShard({суд: [0, 1, 2]}, file)).toThrow(
      `${file}: "суд" has no list of postings of 4 numbers`,
    );
    expect(() => checkSection(['text', '/a'], 'search-index/abc/s9.json')).toThrow(
      'search-index/abc/s9.json: not [text, url, anchor, section title]',
    );
    const manifest = {version: 1, folder: 'abc', pipeline: [], shardCount: 2, terms: [], pages: []};
    expect(() => checkManifest({...manifest, version: 2}, 'index.json')).toThrow(
      'index.json: version 2, expected 1',
    );
    expect(() => checkManifest({...manifest, pages: [[1, 'Title']]}, 'index.json')).toThrow(
      'index.json: pages[0] is not [id, title, url, breadcrumbs]',
    );
    expect(checkManifest(manifest, 'index.json')).toBe(manifest);
  });
});
