/**
 * Keeps out of the pages the client code and styles this site does not use. Content pages ship no
 * React (plugins/static-first), so the cuts of the client bundle serve the two search pages only;
 * the stylesheet's serves every page, of which it is half. Sizes measured on this site's build,
 * gzip, first visit of `/search`; each line says what would let the cut go.
 *
 * - Prefetching on sight (noPrefetch.ts): 81 KiB, when it starts before the network is idle (it
 *   waits for the browser to be idle, so not on every visit). Docusaurus downloads the code of every
 *   internal link that scrolls into view, the navbar's and footer's. Goes when Docusaurus lets a
 *   site turn it off (or when the search page stops being a React page).
 * - Prism (emptyModule.ts): 34 KiB. No page has a code block (src/theme/MDXComponents.tsx renders
 *   one as plain `<pre>`), yet the classic theme loads Prism's grammars on every React page through
 *   a client module. Goes when the theme loads them only with a code block.
 * - The theme's styles for parts no page shows (leftOutCss.ts): 1.4 KiB of Infima's 10.1 on every
 *   page, measured on Infima's own file. Goes when Infima can be imported by component.
 *
 * Without these two, /search weighed 241 KiB; without Prism alone it would weigh about 160. The
 * other cuts that served React on every page went with static-first, costing /search 6 KiB in all
 * (125.5 against 119.3): tslib's stand-in 3.6, the UTF-8 minifier, the docs version's and the site
 * config's loaders and the theme strings' dropper 2.6 together.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {expectStandIn} from '../../../lib/replaceImport';
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
    name: 'nc-sos-bundle-cuts',
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
              expectStandIn('plugins/workarounds/bundle-cuts: Prism', emptyModule),
              expectStandIn('plugins/workarounds/bundle-cuts: prefetch on sight', noPrefetch),
            ],
          },
    configurePostCss: (options) => ({...options, plugins: [...options.plugins, dropLeftOutRules]}),
    postBuild: ({outDir}) => checkBuiltFiles(outDir, siteDir),
  };
}
