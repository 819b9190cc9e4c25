/**
 * "Answer, then list" (issue #19): a query naming a person or organisation with a page of its own
 * puts that page first on the search page (plugins/search-on-demand/entityFirst.ts).
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {entityPagesFirst, entityPagesNamed} from '../../plugins/search-on-demand/entityFirst';
import {searchEntityPages} from '../../src/data/searchEntityPages';

const result = (u: string) => ({document: {u}});

describe('searchEntityPages', () => {
  it.each(Object.entries(searchEntityPages))('%s leads to an existing page (%s)', (_id, page) => {
    const file = path.join(__dirname, '../../docs', `${page}.mdx`);
    expect(existsSync(file), file).toBe(true);
  });
});

describe('entityPagesNamed', () => {
  it.each([
    ['Лапуновым', '/cases/maxim-lapunov'],
    ['сёстры хизриевы', '/cases/dagestan-sisters'],
    ['Khizriev sisters', '/cases/dagestan-sisters'],
    ['isayev', '/cases/magamadov-isaev'],
    ['Сулеймановой', '/cases/seda-suleimanova'],
    ['сфера ликвидирована', '/history/sphere'],
    ['Эгида', '/activity/aegis'],
  ])('"%s" names %s', (query, page) => {
    expect([...entityPagesNamed(query)]).toEqual([page]);
  });

  it.each(['ликвидацию фонда', 'NC SOS', 'грозный', 'Путин', 'лапа', 'isa'])(
    '"%s" names no page of its own',
    (query) => {
      expect([...entityPagesNamed(query)]).toEqual([]);
    },
  );
});

describe('entityPagesFirst', () => {
  const results = [
    result('/en/glossary/people'),
    result('/en/history/chechnya-2017'),
    result('/en/cases/maxim-lapunov'),
    result('/en/cases/maxim-lapunov'),
  ];

  it('moves the named page’s results to the front, the rest in the search’s order', () => {
    expect(entityPagesFirst(results, 'lapunov', '/en/').map((r) => r.document.u)).toEqual([
      '/en/cases/maxim-lapunov',
      '/en/cases/maxim-lapunov',
      '/en/glossary/people',
      '/en/history/chechnya-2017',
    ]);
  });

  it('keeps the order when the query names no page', () => {
    expect(entityPagesFirst(results, 'chechnya', '/en/')).toEqual(results);
  });

  it('reads paths on the Russian site, at the root', () => {
    const ru = [result('/glossary/people'), result('/cases/maxim-lapunov')];
    expect(entityPagesFirst(ru, 'Лапунов', '/')[0]).toBe(ru[1]);
  });
});
