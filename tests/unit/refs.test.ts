/** A page that names an unknown glossary term or cites an unlisted source must not build. */
import {describe, expect, it} from 'vitest';
import remarkSiteRefs, {pageRefProblems} from '../../plugins/remark-site-refs';

function jsx(name: string, id: string, line = 3) {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
    children: [],
    position: {start: {line}},
  };
}

const tree = (...children: ReturnType<typeof jsx>[]) => ({
  type: 'root',
  children: [{type: 'paragraph', children}],
});

describe('page references', () => {
  it('accepts known terms and listed sources', () => {
    expect(
      pageRefProblems(tree(jsx('Term', 'sphere'), jsx('Cite', 'wikipedia')), {
        sources: ['wikipedia'],
      }),
    ).toEqual([]);
  });

  it('rejects an unknown term id', () => {
    expect(pageRefProblems(tree(jsx('Term', 'spehre', 7)))).toEqual([
      'line 7: <Term id="spehre"> is not in the glossary (src/data/glossary/)',
    ]);
  });

  it('rejects a citation of a source the page does not list', () => {
    expect(pageRefProblems(tree(jsx('Cite', 'oc-media')), {sources: ['wikipedia']})).toEqual([
      'line 3: <Cite id="oc-media"> is not in the page\'s front matter "sources"',
    ]);
  });

  it('rejects an unknown source in the front matter', () => {
    expect(pageRefProblems(tree(), {sources: ['blog']})).toEqual([
      'front matter "sources" lists unknown source id "blog" (see src/data/sources.ts)',
    ]);
  });

  it('rejects a ::: box, which the site does not style', () => {
    const box = {
      type: 'containerDirective',
      name: 'note',
      children: [],
      position: {start: {line: 5}},
    };
    expect(pageRefProblems({type: 'root', children: [box]})).toEqual([
      'line 5: ":::note" boxes do not show on this site; a content note is <ContentNote>',
    ]);
  });

  it("rejects a term the build would not list among the page's terms", () => {
    expect(
      pageRefProblems(tree(jsx('Term', 'sphere')), {}, '<Term lang="ru" id="sphere">Сфера</Term>'),
    ).toEqual(['line 3: <Term id="sphere">: write the id first, as <Term id="sphere">']);
  });

  it('rejects a term the build would list but the page does not show', () => {
    expect(
      pageRefProblems(
        tree(jsx('Term', 'sphere')),
        {},
        '<Term id="sphere" /> {/* <Term id="marem" /> */}',
      ),
    ).toEqual([
      '<Term id="marem"> stands outside the page\'s text (a comment or code?), yet its list of names would show it',
    ]);
  });

  it('says only that an unknown term is not in the glossary, as the page source has it', () => {
    expect(
      pageRefProblems(tree(jsx('Term', 'spehre', 7)), {}, '<Term id="spehre">x</Term>'),
    ).toEqual(['line 7: <Term id="spehre"> is not in the glossary (src/data/glossary/)']);
  });

  it('says when no source at all has a cited id', () => {
    expect(pageRefProblems(tree(jsx('Cite', 'wikipedea', 4)), {sources: ['wikipedia']})).toEqual([
      'line 4: <Cite id="wikipedea">: no source has this id (see src/data/sources.ts)',
    ]);
  });

  it('stops the compile with the file name', () => {
    const check = remarkSiteRefs();
    expect(() =>
      check(tree(jsx('Term', 'nobody')), {path: 'docs/history/x.mdx', data: {}}),
    ).toThrow(/^docs\/history\/x\.mdx:\n {2}line 3: <Term id="nobody">/);
  });
});
