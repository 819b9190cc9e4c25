/**
 * Keeps out of the pages the client code and styles this site does not use. Content pages ship no
 * React (plugins/static-first), so the cuts of the client bundle serve the two search pages only;
 * the stylesheet's serves every page, of which it is half. Sizes measured on this site's build,
 * gzip, first visit of `/search`; each line says what would let the cut go.
 *
 * - Prefetching on sight (noPrefetch.ts): PREFETCH_KIB. Docusaurus downloads the code of every
 *   internal link that scrolls into view, the navbar's and footer's. Goes when Docusaurus lets a
 *   site turn it off (or when the search page stops being a React page).
 * - Prism (emptyModule.ts): PRISM_KIB. No page has a code block (src/theme/MDXComponents.tsx renders
 *   one as plain `<pre>`), yet the classic theme loads Prism's grammars on every React page through
 *   a client module. Goes when the theme loads them only with a code block.
 * - The theme's styles for parts no page shows (leftOutCss.ts): LEFTOUTCSS_KIB on every page. Goes
 *   when Infima can be imported by component.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {expectStandIn} from '../lib/replaceImport';
import {checkBuiltFiles} from './builtFilesCheck';
import {dropLeftOutRules} from './leftOutCss';

const emptyModule = path.join(__dirname, 'emptyModule.ts');
const noPrefetch = path.join(__dirname, 'noPrefetch.ts');

/** A module's path without its extension, as the bundler sees a relative or extension-less import. */
function modulePath(request: string): string {
  return require.resolve(request).replace(/\.js$/, '');
}

export default function leanClientPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'nc-sos-lean-client',
    configureWebpack: (_config, isServer) =>
      isServer
        ? {}
        : {
            resolve: {
              alias: {
                [modulePath('@docusaurus/theme-classic/lib/prism-include-languages')]: emptyModule,
                [modulePath('@docusaurus/core/lib/client/prefetch')]: noPrefetch,
              },
            },
            plugins: [
              expectStandIn('plugins/lean-client: Prism', emptyModule),
              expectStandIn('plugins/lean-client: prefetch on sight', noPrefetch),
            ],
          },
    configurePostCss: (options) => ({...options, plugins: [...options.plugins, dropLeftOutRules]}),
    postBuild: ({outDir}) => checkBuiltFiles(outDir, siteDir),
  };
}
