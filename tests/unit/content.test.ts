/**
 * The content in both languages: every page has its counterpart with the same structure, the same
 * numbers and the same sources, so a reader switching language finds the same facts.
 */
import {describe, expect, it} from 'vitest';
import {headingIds, listPages, numbersIn, type Page, proseOf, readPage} from '../../lib/pages';
import {cases} from '../../src/data/cases';
import {sourceLocale} from '../../src/i18n/locales';

const targetLocale = 'en';
const russianPages = listPages(sourceLocale);
const englishPages = listPages(targetLocale);
/** A page that cannot be read fails its own test below instead of stopping the whole suite. */
function tryRead(locale: string, path: string): Page | Error {
  try {
    return readPage(locale, path);
  } catch (error) {
    return error as Error;
  }
}
const read = russianPages
  .filter((page) => englishPages.includes(page))
  .map((page) => ({path: page, ru: tryRead(sourceLocale, page), en: tryRead(targetLocale, page)}));
const pairs = read.flatMap(({path, ru, en}) =>
  ru instanceof Error || en instanceof Error ? [] : [{path, ru, en}],
);

describe('every page can be read', () => {
  it.each(read)('$path', ({ru, en}) => {
    for (const page of [ru, en]) if (page instanceof Error) throw page;
  });
});

/**
 * Pages that state no facts of their own: made of data (glossary, the changelog), of the other pages'
 * sources, or of general safety advice.
 */
const pagesWithoutOwnSources = (path: string) =>
  path.startsWith('glossary/') ||
  path === 'sources.mdx' ||
  path === 'safety.mdx' ||
  path === 'data.mdx' ||
  path === 'whats-new.mdx';

function letterShare(page: Page, script: RegExp): number {
  const letters = proseOf(page.body).replace(/[^\p{L}]/gu, '');
  const matches = letters.match(script) ?? [];
  return letters.length === 0 ? 0 : matches.length / letters.length;
}

describe('every page exists in both languages', () => {
  it('has no Russian page without an English one', () => {
    expect(russianPages.filter((page) => !englishPages.includes(page))).toEqual([]);
  });
  it('has no English page without a Russian one', () => {
    expect(englishPages.filter((page) => !russianPages.includes(page))).toEqual([]);
  });
});

describe.each(pairs)('$path', ({ru, en}) => {
  it('has the same sidebar position in both languages', () => {
    expect(en.frontMatter.sidebar_position, `${en.file} sidebar_position`).toEqual(
      ru.frontMatter.sidebar_position,
    );
  });

  it('gives every heading an explicit id, the same ids in the same order', () => {
    const ids = headingIds(ru.body);
    expect(ids, `${ru.file}: a heading has no {/* #id */}`).not.toContain(null);
    expect(headingIds(en.body), `${en.file} headings differ from ${ru.file}`).toEqual(ids);
  });

  it('has the same numbers in both languages', () => {
    expect(numbersIn(en.body, 'en'), `numbers of ${en.file} vs ${ru.file}`).toEqual(
      numbersIn(ru.body, 'ru'),
    );
  });

  it('has the same numbers in its description', () => {
    const numbers = (page: Page, locale: string) =>
      numbersIn(String(page.frontMatter.description ?? ''), locale);
    expect(numbers(en, 'en'), `numbers in description: of ${en.file} vs ${ru.file}`).toEqual(
      numbers(ru, 'ru'),
    );
  });

  it(
    pagesWithoutOwnSources(ru.path)
      ? 'cites nothing of its own: its facts come from the data or the pages it lists'
      : 'cites sources and lists them identically',
    () => {
      if (pagesWithoutOwnSources(ru.path)) {
        for (const page of [ru, en]) {
          expect(page.frontMatter.sources, `${page.file} sources:`).toBeUndefined();
          expect(page.body, `${page.file} cites`).not.toMatch(/<Cite id=/);
        }
        return;
      }
      expect(ru.frontMatter.sources, `${ru.file} has no sources: front matter`).toBeInstanceOf(
        Array,
      );
      expect((ru.frontMatter.sources as unknown[]).length).toBeGreaterThan(0);
      expect(en.frontMatter.sources, `${en.file} sources`).toEqual(ru.frontMatter.sources);
      expect(ru.body, `${ru.file} cites nothing`).toMatch(/<Cite id=/);
    },
  );

  it('names the same subjects in both languages', () => {
    expect(en.frontMatter.subjects, `${en.file} subjects`).toEqual(ru.frontMatter.subjects);
  });

  it('links the same pages in both languages', () => {
    const links = (page: Page) =>
      [...page.body.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]).sort();
    expect(links(en), `${en.file} links`).toEqual(links(ru));
  });

  it('is written in its own language', () => {
    expect(
      letterShare(en, /\p{Script=Cyrillic}/gu),
      `${en.file}: too much Cyrillic text`,
    ).toBeLessThan(0.05);
    expect(letterShare(ru, /\p{Script=Latin}/gu), `${ru.file}: too much Latin text`).toBeLessThan(
      0.15,
    );
  });
});

describe.each(cases)('case $id', (entry) => {
  const pagePath = `cases/${entry.id}.mdx`;
  it('has a page in both languages', () => {
    expect(russianPages).toContain(pagePath);
    expect(englishPages).toContain(pagePath);
  });
  it.each([sourceLocale, targetLocale])(
    'states year and region in its %s front matter as the data does',
    (locale) => {
      const {frontMatter, file} = readPage(locale, pagePath);
      expect(frontMatter, `${file} front matter`).toHaveProperty('year');
      expect({year: frontMatter.year, region: frontMatter.region}, file).toEqual({
        year: entry.year,
        region: entry.region,
      });
    },
  );
  it('opens with a content note in both languages', () => {
    for (const locale of [sourceLocale, targetLocale]) {
      const {body, file} = readPage(locale, pagePath);
      expect(body.trimStart(), `${file} must open with <ContentNote>`).toMatch(/^<ContentNote>/);
    }
  });
});
