/**
 * Makes every page export its own glossary terms and their descriptions,
 * `export {default as pageTerms} from '@generated/nc-sos-data-text/default/page-terms/<file>.json'`,
 * which the data-text plugin writes and src/theme/DocItem hands to `<Term>` and the page's list of
 * names. An import, not the text itself: when only the glossary text changes, the module changes
 * and the bundler's persistent cache sees it; a compiled page with the text inlined would go stale.
 */
import path from 'node:path';
import {dataTextPluginName} from './data-text/clientData';
import {pageTermsModule} from './data-text/pageTerms';

interface Root {
  readonly children: unknown[];
}

interface PageFile {
  readonly path?: string;
}

/** Partials (`_name.mdx`, or anything under `_folder/`) are not pages: no terms file is written. */
const partial = /(^|\/)_/;

/** The ESM node of `export {default as pageTerms} from '<source>'`, as MDX's compiler reads it. */
export function pageTermsExport(source: string) {
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
                exported: {type: 'Identifier', name: 'pageTerms'},
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

export default function remarkPageTerms({siteDir}: {readonly siteDir: string}) {
  return (tree: Root, file: PageFile): void => {
    if (file.path === undefined) throw new Error('remark-page-terms: a page without a file path');
    const relative = path.relative(siteDir, file.path).split(path.sep).join('/');
    if (partial.test(relative)) return;
    const source = `@generated/${dataTextPluginName}/default/${pageTermsModule(relative)}`;
    tree.children.unshift(pageTermsExport(source));
  };
}
