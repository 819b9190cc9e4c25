/**
 * Keeps out of every page the client code this site does not use, for readers on slow, metered or
 * censored connections (issue #8: the heaviest first visit within 150 KiB):
 *
 * - Prism: no page has a code block (src/theme/CodeBlock renders one plainly if a page ever does), yet
 *   the classic theme loads Prism's grammars on every page through a client module.
 * - Prefetching on sight: Docusaurus downloads the code of every internal link that scrolls into view,
 *   some 35–80 KiB for the sidebar alone, pages the reader may never open. Pointing at or focusing a
 *   link still loads its page ahead of the click (`preload`, which is untouched).
 * - React's DOM renderer: React 19's is some 60 KiB gzip, half of what every page loaded. In the
 *   production browser bundle `react` and `react-dom` resolve to Preact's compatibility layer (about
 *   10 KiB), which runs the same components. The HTML is still rendered by React at build time, and
 *   `docusaurus start` keeps React for its fast refresh and its warnings. The browser tests run
 *   against this bundle, so a component Preact renders differently fails them. `hydrationFix.ts`
 *   clears what React's build-time HTML has and Preact does not expect.
 * - tslib: `@docusaurus/utils-common`, compiled to CommonJS, requires all of it (3.7 KiB gzip, which a
 *   bundler cannot trim from a `require`) for one helper; a stand-in gives it that one.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const emptyModule = path.join(__dirname, 'emptyModule.ts');
const noPrefetch = path.join(__dirname, 'noPrefetch.ts');
const hydrationFix = path.join(__dirname, 'hydrationFix.ts');
const tslibStandIn = path.join(__dirname, 'tslibImportDefault.ts');
const utilsCommon = path.dirname(require.resolve('@docusaurus/utils-common/package.json'));

/** A module's path without its extension, as the bundler sees a relative or extension-less import. */
function modulePath(request: string): string {
  return require.resolve(request).replace(/\.js$/, '');
}

/** Preact's React compatibility layer: `react-dom/client` resolves to its `client` module, and so on. */
const preactCompat = path.dirname(require.resolve('preact/compat/package.json'));

export default function leanClientPlugin(): Plugin {
  return {
    name: 'nc-sos-lean-client',
    getClientModules: () => [hydrationFix],
    configureWebpack: (config, isServer, {currentBundler}) =>
      isServer
        ? {}
        : {
            resolve: {
              alias: {
                [modulePath('@docusaurus/theme-classic/lib/prism-include-languages')]: emptyModule,
                [modulePath('@docusaurus/core/lib/client/prefetch')]: noPrefetch,
                // Replace Docusaurus's own `react` and `react-dom` aliases (same keys).
                ...(config.mode === 'production' && {
                  react: preactCompat,
                  'react-dom': preactCompat,
                }),
              },
            },
            plugins: [
              // Not an alias: other packages that require tslib may need more of it.
              new currentBundler.instance.NormalModuleReplacementPlugin(/^tslib$/, (resource) => {
                if (resource.contextInfo.issuer.startsWith(utilsCommon)) {
                  resource.request = tslibStandIn;
                }
              }),
            ],
          },
  };
}
