/**
 * Each page gets its own part of the glossary, made at build time: its terms with their descriptions
 * rendered by i18next, and the keywords of its subjects; every page exports it for `<Term>`, its list
 * of names and its keywords (plugins/data-text/pageGlossary.ts, plugins/remark-page-glossary.ts).
 * The glossary lists the pages of each term.
 */
import {compile} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import {
  type DocTerms,
  pageGlossary,
  termIdsIn,
  termPages,
} from '../../plugins/data-text/pageGlossary';
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

  it('gives the terms in glossary order, with their names, descriptions from i18next and entries', () => {
    const t = createTranslator('ru', {
      glossary: {sphere: {description: 'ЛГБТ-группа'}, 'nc-sos': {description: 'Кризисная группа'}},
    });
    const {terms} = pageGlossary(page('/history/sphere', ['sphere', 'nc-sos']), t);
    expect(Object.keys(terms)).toEqual(['nc-sos', 'sphere']);
    expect(terms['sphere']).toEqual({
      ru: 'Сфера',
      en: 'Sphere',
      variants: ['Sfera', 'Sphere Foundation', 'фонд «Сфера»'],
      description: 'ЛГБТ-группа',
      glossaryPath: '/glossary/organizations#sphere',
    });
  });

  it('gives the names of its subjects as keywords, with the forms the stemmer misses', () => {
    const t = createTranslator('ru', {glossary: {}});
    const {keywords} = pageGlossary(page('/about', [], ['david-isteev']), t);
    expect(keywords).toEqual(
      expect.arrayContaining(['Давид Истеев', 'David Isteev', 'Isteyev', 'Истеева']),
    );
    expect(new Set(keywords).size).toBe(keywords.length);
    expect(pageGlossary(page('/about', []), t).keywords).toEqual([]);
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
    expect(await compiled('docs/history/sphere.mdx')).toContain(
      'export {default as pageGlossary} from "@generated/nc-sos-data-text/default/page-glossary/docs/history/sphere.mdx.json"',
    );
    expect(
      await compiled('i18n/en/docusaurus-plugin-content-docs/current/history/sphere.mdx'),
    ).toContain(
      '"@generated/nc-sos-data-text/default/page-glossary/i18n/en/docusaurus-plugin-content-docs/current/history/sphere.mdx.json"',
    );
  });

  it('is not exported by partials, for which no file is written', async () => {
    expect(await compiled('docs/history/_note.mdx')).not.toContain('pageGlossary');
    expect(await compiled('docs/_shared/note.mdx')).not.toContain('pageGlossary');
  });
});
