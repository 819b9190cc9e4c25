/**
 * Mistakes that used to build a broken page silently: each is found here, naming the file, on every
 * page of every locale, and each check is shown to catch its mistake on a small example.
 */
import {describe, expect, it} from 'vitest';
import {readJsonFile} from '../../lib/jsonFile';
import {
  dataNumberIssues,
  entryIdIssues,
  entryIdPages,
  entryIdParityIssues,
  refParityIssues,
  sourceOrderIssues,
  titleIssues,
} from '../../lib/pageChecks';
import {listPages, type Page, readPage, siteDir, splitFrontMatter} from '../../lib/pages';
import {localeCodes, sourceLocale} from '../../src/i18n/locales';

const example = (file: string, raw: string): Page => ({
  path: 'a.mdx',
  file,
  raw,
  ...splitFrontMatter(raw, file),
});
const ru = example(
  'docs/a.mdx',
  '---\ntitle: А\nsources: [one, two]\n---\n<Term id="x">Икс</Term><Cite id="one" /> и <Cite id="two" />\n',
);

describe('the checks, on examples', () => {
  it('find a page without title', () => {
    expect(titleIssues(example('en/a.mdx', '---\nsidebar_position: 1\n---\nText\n'))).toEqual([
      'en/a.mdx: front matter has no title: (the page would be headed by its file name)',
    ]);
    expect(titleIssues(ru)).toEqual([]);
  });

  it('find a source listed but never cited', () => {
    const page = example('a.mdx', '---\nsources: [one, two]\n---\n<Cite id="one" />\n');
    expect(sourceOrderIssues(page)).toEqual([
      'a.mdx: source "two" is listed in sources: but never cited',
    ]);
  });

  it('find sources listed out of first-cited order', () => {
    const page = example(
      'a.mdx',
      '---\nsources: [two, one]\n---\n<Cite id="one" /><Cite id="two" />\n',
    );
    expect(sourceOrderIssues(page)).toEqual([
      'a.mdx: sources: must list sources in the order they are first cited: [one, two]',
    ]);
    expect(sourceOrderIssues(ru)).toEqual([]);
  });

  it('find a <Term> or <Cite> dropped on one side', () => {
    const en = example(
      'en/a.mdx',
      '---\ntitle: A\n---\nX<Cite id="one" /> and <Cite id="one" />\n',
    );
    expect(refParityIssues(ru, en)).toEqual([
      'en/a.mdx: <Term> ids differ from docs/a.mdx: has [], lacks [x ×1]',
      'en/a.mdx: <Cite> ids differ from docs/a.mdx: has [one ×2], lacks [one ×1, two ×1]',
    ]);
  });
});

describe('entry ids, on examples', () => {
  const timeline = (file: string, body: string): Page => ({
    ...example(file, `---\ntitle: T\n---\n## 2022 {/* #year-2022 */}\n\n${body}`),
    path: 'history/timeline-2022.mdx',
  });
  const ruTimeline = timeline(
    'ru.mdx',
    '- {/* #event-2022-04 */} Апрель.\n- {/* #event-2022-05 */} Май.\n',
  );

  it('find a timeline entry without an id, a duplicate, a malformed one, one a heading has', () => {
    const page = timeline(
      'ru.mdx',
      '- Без id.\n- {/* #event-a */} А.\n- {/* #event-a */} Б.\n- {/* #Event_B */} В.\n' +
        '- {/* #year-2022 */} Г.\n',
    );
    expect(entryIdIssues(page)).toEqual([
      'ru.mdx: entry 1 has no id: open it with {/* #id */}',
      'ru.mdx: entry 3: id "event-a" is already entry 2\'s',
      'ru.mdx: entry 4: id "Event_B" must be lower-case Latin letters, digits and hyphens',
      'ru.mdx: entry 5: id "year-2022" is also a heading\'s id',
    ]);
    expect(entryIdIssues(ruTimeline)).toEqual([]);
    // Elsewhere an entry may go without an id.
    expect(entryIdIssues({...page, path: 'history/sphere.mdx'})).toHaveLength(3);
  });

  it('find an entry whose id differs between the languages, or is missing on one side', () => {
    const en = timeline('en.mdx', '- {/* #event-2022-05 */} May.\n');
    expect(entryIdParityIssues(ruTimeline, en)).toEqual([
      'en.mdx: entry 1 has the id "event-2022-05", ru.mdx "event-2022-04"',
      'en.mdx: entry 2 has the id "nothing", ru.mdx "event-2022-05"',
    ]);
  });
});

describe('numbers in the data text', () => {
  it('are checked per entry and field', () => {
    const source = {file: 'ru.json', entries: {a: {summary: 'Держали 12 дней', source_hash: '1'}}};
    const translation = {file: 'en.json', locale: 'en', entries: {a: {summary: 'Held 13 days'}}};
    expect(dataNumberIssues(source, translation)).toEqual([
      'en.json: id "a", field "summary": numbers [13] differ from ru.json [12]',
    ]);
  });

  const files = localeCodes
    .filter((locale) => locale !== sourceLocale)
    .flatMap((locale) => ['glossary', 'cases', 'changelog'].map((data) => ({locale, data})));
  it.each(files)('are the Russian numbers in the $locale $data', ({locale, data}) => {
    const read = (from: string) => {
      const file = `i18n/${from}/data/${data}.json`;
      return {
        file,
        entries: (readJsonFile(siteDir, file) ?? {}) as Record<string, Record<string, unknown>>,
      };
    };
    expect(dataNumberIssues(read(sourceLocale), {...read(locale), locale})).toEqual([]);
  });
});

const pages = localeCodes.flatMap((locale) =>
  listPages(locale).map((path) => ({locale, path, file: `${locale}/${path}`})),
);

describe.each(pages)('$file', ({locale, path}) => {
  // Read inside each test: an unreadable page then fails here, not the whole file (see content.test).
  const page = () => readPage(locale, path);
  it('has a title', () => {
    expect(titleIssues(page())).toEqual([]);
  });
  it('lists its sources in first-cited order, each cited', () => {
    expect(sourceOrderIssues(page())).toEqual([]);
  });
  it('gives its entries well-formed, unique ids (every entry, on a timeline page)', () => {
    expect(entryIdIssues(page())).toEqual([]);
  });
  if (locale !== sourceLocale && listPages(sourceLocale).includes(path)) {
    if (entryIdPages.test(path)) {
      it("gives its entries the Russian page's ids, in the same order", () => {
        expect(entryIdParityIssues(readPage(sourceLocale, path), page())).toEqual([]);
      });
    }
    it('has the same <Term> and <Cite> as the Russian page', () => {
      expect(refParityIssues(readPage(sourceLocale, path), page())).toEqual([]);
    });
  }
});
