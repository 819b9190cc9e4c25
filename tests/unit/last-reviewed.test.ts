/**
 * Every page says when its content was last checked against its sources: a `last_reviewed` date in
 * its front matter (plugins/remark-last-reviewed.ts), shown in the reader's language.
 */
import {describe, expect, it} from 'vitest';
import remarkLastReviewed, {reviewDateOf} from '../../plugins/remark-last-reviewed';
import {listPages, readPage} from '../../lib/pages';
import {localeCodes} from '../../src/i18n/locales';

const pages = localeCodes.flatMap((locale) =>
  listPages(locale).map((path) => readPage(locale, path)),
);

describe('the review date of every page', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s has one', (_file, page) => {
    expect(reviewDateOf(page.frontMatter)).toEqual({
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });
});

describe('a review date', () => {
  const today = new Date('2026-12-02T12:00:00Z');

  it('reads as YYYY-MM-DD, whether the YAML parser gives a string or a date', () => {
    expect(reviewDateOf({last_reviewed: '2026-12-02'}, today)).toEqual({date: '2026-12-02'});
    // gray-matter, which the build uses, reads an unquoted date as a Date at UTC midnight.
    expect(reviewDateOf({last_reviewed: new Date('2026-11-30')}, today)).toEqual({
      date: '2026-11-30',
    });
  });

  it.each([
    [{}, 'front matter has no "last_reviewed: YYYY-MM-DD"'],
    [{last_reviewed: '02.12.2026'}, '"02.12.2026", not a date written YYYY-MM-DD'],
    [{last_reviewed: '2026-02-30'}, '"2026-02-30", not a date written YYYY-MM-DD'],
    [{last_reviewed: new Date('2026-12-01T10:00:00Z')}, 'not a date written YYYY-MM-DD'],
    [{last_reviewed: '2026-12-20'}, 'is 2026-12-20, a day still to come'],
  ])('is refused in %o', (frontMatter, message) => {
    const result = reviewDateOf(frontMatter, today);
    expect(result).toHaveProperty('problem');
    expect('problem' in result && result.problem).toContain(message);
  });

  it('stops the build naming the file, or gives the page its date in its language', () => {
    const file = (frontMatter: Record<string, unknown>) => ({
      path: 'docs/history/sphere.mdx',
      data: {frontMatter},
    });
    expect(() => remarkLastReviewed({locale: 'ru'})({children: []}, file({}))).toThrow(
      /^docs\/history\/sphere\.mdx: front matter has no "last_reviewed/,
    );
    const exported = (locale: string) => {
      const tree = {children: [] as unknown[]};
      remarkLastReviewed({locale})(tree, file({last_reviewed: new Date('2026-12-02')}));
      return JSON.stringify(tree.children);
    };
    expect(exported('ru')).toContain('"value":"2\u00A0декабря 2026\u00A0г."');
    expect(exported('en')).toContain('"value":"2 December 2026"');
    expect(exported('en')).toContain('"name":"lastReviewed"');
  });
});
