/**
 * Makes every page export its own part of the glossary, which the data-text plugin writes and
 * src/theme/DocItem hands to `<Term>`, the page's list of names and its keywords:
 * `export {default as pageGlossary} from '@generated/nc-sos-data-text/default/page-glossary/<file>.json'`.
 * An import, not the text itself: when only the glossary text changes, the module changes and the
 * bundler's persistent cache sees it; a compiled page with the text inlined would go stale.
 */
import path from 'node:path';
import {dataTextPluginName} from './data-text/clientData';
import {pageGlossaryModule} from './data-text/pageGlossary';

interface Root {
  readonly children: unknown[];
}

interface PageFile {
  readonly path?: string;
}

/** Partials (`_name.mdx`, or anything under `_folder/`) are not pages: no glossary file is written. */
const partial = /(^|\/)_/;

/** The ESM node of `export {default as pageGlossary} from '<source>'`, as MDX's compiler reads it. */
export function pageGlossaryExport(source: string) {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExportNamedDeclaration',
            declaration: null,
            specifiers: [
              {
                type: 'ExportSpecifier',
                local: {type: 'Identifier', name: 'default'},
                exported: {type: 'Identifier', name: 'pageGlossary'},
              },
            ],
            source: {type: 'Literal', value: source},
            attributes: [],
          },
        ],
      },
    },
  };
}

export default function remarkPageGlossary({siteDir}: {readonly siteDir: string}) {
  return (tree: Root, file: PageFile): void => {
    if (file.path === undefined)
      throw new Error('remark-page-glossary: a page without a file path');
    const relative = path.relative(siteDir, file.path).split(path.sep).join('/');
    if (partial.test(relative)) return;
    const source = `@generated/${dataTextPluginName}/default/${pageGlossaryModule(relative)}`;
    tree.children.unshift(pageGlossaryExport(source));
  };
}
