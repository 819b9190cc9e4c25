/**
 * Makes every page export its own part of the glossary, which the data-text plugin writes and
 * src/theme/DocItem hands to `<Term>`, the page's list of names and its keywords:
 * `export {default as pageGlossary} from '@generated/nc-sos-data-text/default/page-glossary/<file>.json'`.
 * An import, not the text itself: when only the glossary text changes, the module changes and the
 * bundler's persistent cache sees it; a compiled page with the text inlined would go stale.
 */
import path from 'node:path';
import {dataTextPluginName} from './localized-data/clientData';
import {pageGlossaryModule} from './localized-data/pageGlossary';

interface Root {
  readonly children: unknown[];
}

interface PageFile {
  readonly path?: string;
}

/** Partials (`_name.mdx`, or anything under `_folder/`) are not pages: no glossary file is written. */
const partial = /(^|\/)_/;

const identifier = (name: string) => ({type: 'Identifier', name});
const literal = (value: string) => ({type: 'Literal', value});

/** An ESM statement as MDX's compiler reads it: an estree program of one statement. */
function esm(statement: object) {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {estree: {type: 'Program', sourceType: 'module', body: [statement]}},
  };
}

/** `export {default as pageGlossary} from '<source>'` */
function pageGlossaryExport(source: string) {
  return esm({
    type: 'ExportNamedDeclaration',
    declaration: null,
    specifiers: [
      {type: 'ExportSpecifier', local: identifier('default'), exported: identifier('pageGlossary')},
    ],
    source: literal(source),
    attributes: [],
  });
}

/** The site's folder: this file sits in its `plugins/`. */
const siteFolder = path.resolve(__dirname, '..');

/**
 * `siteDir` is for tests only. The config passes no options: Docusaurus copies the config, options
 * included, into the code every page loads, and the build machine's folder must not appear there.
 */
export default function remarkPageGlossary({
  siteDir = siteFolder,
}: {readonly siteDir?: string} = {}) {
  return (tree: Root, file: PageFile): void => {
    if (file.path === undefined)
      throw new Error('remark-page-glossary: a page without a file path');
    const relative = path.relative(siteDir, file.path).split(path.sep).join('/');
    if (partial.test(relative)) return;
    const generated = (module: string) => `@generated/${dataTextPluginName}/default/${module}`;
    tree.children.unshift(pageGlossaryExport(generated(pageGlossaryModule(relative))));
  };
}
