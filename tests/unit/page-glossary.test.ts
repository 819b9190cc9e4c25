/**
 * Each page gets its own part of the glossary, made at build time: its terms with their names,
 * entries and descriptions (rendered by i18next, into the page's HTML), and the keywords of its
 * subjects; every page exports it for `<Term>`, its list of names and its keywords
 * (plugins/localized-data/pageGlossary.ts, plugins/remark-page-glossary.ts).
 * The glossary lists the pages of each term.
 */
import {compile} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import {
  type DocTerms,
  pageGlossary,
  termIdsIn,
  termPages,
} from '../../plugins/localized-data/pageGlossary';
import remarkPageGlossary from '../../plugins/remark-page-glossary';
import {createTranslator} from '../../src/i18n/translator';

const siteDir = '/site';

async function compiled(file: string): Promise<string> {
  const output = await compile(
    {value: '# Сфера\n\n<Term id="sphere">«Сфера»</Term>', path: `${siteDir}/${file}`},
    {remarkPlugins: [[remarkPageGlossary, {siteDir}]]},
  );
  return String(output);
}

function page(permalink: string, ids: string[], subjects?: string[]): DocTerms {
  return {
    doc: {
      permalink,
      title: permalink,
      source: `@site/docs${permalink}.mdx`,
      frontMatter: {subjects},
    },
    file: `docs${permalink}.mdx`,
    ids,
  };
}

describe('page glossary', () => {
  it('reads the terms a page names, each once, in either quotes', () => {
    const mdx = `<Term id="sphere">«Сферы»</Term>, <Term id='nc-sos' /> и снова <Term id="sphere" />`;
    expect(termIdsIn(mdx)).toEqual(['sphere', 'nc-sos']);
  });

  const t = createTranslator('ru', {
    glossary: {sphere: {description: 'ЛГБТ-группа'}, 'nc-sos': {description: 'Кризисная группа'}},
  });

  it('gives the terms in glossary order, with their names, entries and descriptions', () => {
    const {terms} = pageGlossary(page('/history/sphere', ['sphere', 'nc-sos']), 'ru', t);
    expect(Object.keys(terms)).toEqual(['nc-sos', 'sphere']);
    expect(terms['sphere']).toEqual({
      ru: 'Сфера',
      en: 'Sphere',
      variants: ['Sfera', 'Sphere Foundation', 'фонд «Сфера»'],
      glossaryPath: '/glossary/organizations#sphere',
      description: 'ЛГБТ-группа',
    });
    expect(terms['nc-sos']?.description).toBe('Кризисная группа');
  });

  it('gives the names of its subjects as keywords, with the forms the stemmer misses', () => {
    const {keywords} = pageGlossary(page('/about', [], ['david-isteev']), 'ru', t);
    expect(keywords).toEqual(
      expect.arrayContaining(['Давид Истеев', 'David Isteev', 'Isteyev', 'Истеева']),
    );
    expect(new Set(keywords).size).toBe(keywords.length);
    expect(pageGlossary(page('/about', []), 'ru', t).keywords).toEqual([]);
  });

  it('gives the other spellings of the entries it names as keywords, after its subjects’ (issue #19)', () => {
    // The list of names at the page's foot is out of the search index: its spellings live here.
    const {keywords} = pageGlossary(
      page('/cases/dagestan-sisters', ['sphere'], ['marem']),
      'en',
      t,
    );
    expect(keywords.indexOf('Марем')).toBe(0);
    expect(keywords).toEqual(expect.arrayContaining(['Сфера', 'Sphere', 'Sfera']));
  });

  it('gives the records of the page’s own sources only, in its order, dates as the locale writes them', () => {
    const withSources: DocTerms = {
      ...page('/history/sphere', []),
      doc: {
        ...page('/history/sphere', []).doc,
        frontMatter: {sources: ['meduza-2024', 'wikipedia']},
      },
    };
    const {sources} = pageGlossary(withSources, 'en', t);
    expect(sources.map(({id}) => id)).toEqual(['meduza-2024', 'wikipedia']);
    expect(sources[0]).toMatchObject({publisher: 'Meduza', published: '7 February 2024'});
    // Wikipedia is cited as it stood on the day it was checked: no publication date.
    expect(sources[1]).not.toHaveProperty('published');
    expect(pageGlossary(page('/about', []), 'en', t).sources).toEqual([]);
  });

  it('lists the pages of each term by address', () => {
    const pages = termPages([
      page('/history/sphere', ['sphere']),
      page('/about', ['sphere', 'nc-sos']),
    ]);
    expect(pages).toEqual({
      sphere: [
        {permalink: '/about', title: '/about'},
        {permalink: '/history/sphere', title: '/history/sphere'},
      ],
      'nc-sos': [{permalink: '/about', title: '/about'}],
    });
  });

  it('is exported by every page, from the file written for it', async () => {
    const sphere = await compiled('docs/history/sphere.mdx');
    expect(sphere).toContain(
      'export {default as pageGlossary} from "@generated/nc-sos-data-text/default/page-glossary/docs/history/sphere.mdx.json"',
    );
    expect(
      await compiled('i18n/en/docusaurus-plugin-content-docs/current/history/sphere.mdx'),
    ).toContain(
      '"@generated/nc-sos-data-text/default/page-glossary/i18n/en/docusaurus-plugin-content-docs/current/history/sphere.mdx.json"',
    );
  });

  it('is not exported by partials, for which no file is written', async () => {
    for (const partial of ['docs/history/_note.mdx', 'docs/_shared/note.mdx']) {
      const code = await compiled(partial);
      expect(code).not.toContain('pageGlossary');
    }
  });
});
