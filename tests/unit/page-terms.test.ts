/**
 * Each page gets the descriptions of its own glossary terms, rendered by i18next at build time, and
 * exports them for `<Term>` and its list of names (plugins/data-text/pageTerms.ts,
 * plugins/remark-page-terms.ts); the glossary lists the pages of each term.
 */
import {compile} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import {pageTerms, termIdsIn, termPages} from '../../plugins/data-text/pageTerms';
import remarkPageTerms from '../../plugins/remark-page-terms';
import {createTranslator} from '../../src/i18n/translator';

const siteDir = '/site';

async function compiled(file: string): Promise<string> {
  const output = await compile(
    {value: '# Сфера\n\n<Term id="sphere">«Сфера»</Term>', path: `${siteDir}/${file}`},
    {remarkPlugins: [[remarkPageTerms, {siteDir}]]},
  );
  return String(output);
}

describe('page terms', () => {
  it('reads the terms a page names, each once', () => {
    const mdx =
      '<Term id="sphere">«Сферы»</Term>, <Term id="nc-sos" /> и снова <Term id="sphere" />';
    expect(termIdsIn(mdx)).toEqual(['sphere', 'nc-sos']);
  });

  it('renders their descriptions through i18next, in glossary order', () => {
    const t = createTranslator('ru', {
      glossary: {sphere: {description: 'ЛГБТ-группа'}, 'nc-sos': {description: 'Кризисная группа'}},
    });
    const terms = pageTerms(['sphere', 'nc-sos'], t);
    expect(Object.entries(terms)).toEqual([
      ['nc-sos', 'Кризисная группа'],
      ['sphere', 'ЛГБТ-группа'],
    ]);
  });

  it('lists the pages of each term by address', () => {
    const doc = (permalink: string) => ({
      permalink,
      title: permalink,
      source: `@site/docs${permalink}.mdx`,
    });
    const pages = termPages([
      {doc: doc('/history/sphere'), file: 'docs/history/sphere.mdx', ids: ['sphere']},
      {doc: doc('/about'), file: 'docs/about.mdx', ids: ['sphere', 'nc-sos']},
    ]);
    expect(pages).toEqual({
      sphere: [doc('/about'), doc('/history/sphere')].map(({permalink, title}) => ({
        permalink,
        title,
      })),
      'nc-sos': [{permalink: '/about', title: '/about'}],
    });
  });

  it('are exported by every page, from the file written for it', async () => {
    expect(await compiled('docs/history/sphere.mdx')).toContain(
      'export {default as pageTerms} from "@generated/nc-sos-data-text/default/page-terms/docs/history/sphere.mdx.json"',
    );
    expect(
      await compiled('i18n/en/docusaurus-plugin-content-docs/current/history/sphere.mdx'),
    ).toContain(
      '"@generated/nc-sos-data-text/default/page-terms/i18n/en/docusaurus-plugin-content-docs/current/history/sphere.mdx.json"',
    );
  });

  it('are not exported by partials, for which no file is written', async () => {
    expect(await compiled('docs/history/_note.mdx')).not.toContain('pageTerms');
    expect(await compiled('docs/_shared/note.mdx')).not.toContain('pageTerms');
  });
});
