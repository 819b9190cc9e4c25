/**
 * Keeps out of every page the client code this site does not use, for readers on slow, metered or
 * censored connections (issue #8: the heaviest first visit within 150 KiB):
 *
 * - Prism: no page has a code block (src/theme/MDXComponents.tsx renders one as plain `<pre>` if a
 *   page ever does), yet the classic theme loads Prism's grammars on every page through a client module.
 * - Prefetching on sight: Docusaurus downloads the code of every internal link that scrolls into view,
 *   some 35–80 KiB for the sidebar alone, pages the reader may never open. Pointing at or focusing a
 *   link still loads its page ahead of the click (`preload`, which is untouched).
 * - tslib: `@docusaurus/utils-common`, compiled to CommonJS, requires all of it (3.7 KiB gzip, which a
 *   bundler cannot trim from a `require`) for one helper; a stand-in gives it that one.
 * - `\uXXXX` escapes for every Cyrillic letter in the minified code (utf8Minimizer.ts).
 * - The docs version's map of pages, which only doc cards read (versionDocsLoader.cjs).
 * - The theme's strings and styles for parts no page shows (leftOutStrings.ts, leftOutCss.ts).
 * - The settings of the site config that only the build reads, the page template among them
 *   (siteConfigLoader.cjs).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {expectStandIn, replaceImport} from '../lib/replaceImport';
import {checkBuiltFiles} from './builtFilesCheck';
import {dropLeftOutRules} from './leftOutCss';
import {leftOutStringPrefixes} from './leftOutStrings';
import {withUtf8Minimizer} from './utf8Minimizer';

const emptyModule = path.join(__dirname, 'emptyModule.ts');
const noPrefetch = path.join(__dirname, 'noPrefetch.ts');
const tslibStandIn = path.join(__dirname, 'tslibImportDefault.ts');
const versionDocsLoader = path.join(__dirname, 'versionDocsLoader.cjs');
const codeTranslationsLoader = path.join(__dirname, 'codeTranslationsLoader.cjs');
const siteConfigLoader = path.join(__dirname, 'siteConfigLoader.cjs');
/** Route data the docs plugin writes, among it its version's (`p/` holds route props). */
const docsRouteProps = /[\\/]docusaurus-plugin-content-docs[\\/][^\\/]+[\\/]p[\\/][^\\/]+\.json$/;
/** The theme's strings in the locale being built, which Docusaurus writes for the client. */
const codeTranslations = /[\\/]codeTranslations\.json$/;
/** The site config as Docusaurus writes it for the client. */
const generatedSiteConfig = /[\\/]\.docusaurus[\\/]docusaurus\.config\.mjs$/;
/** Site config settings no client code reads. */
const buildOnlySettings = ['ssrTemplate'];
const utilsCommon = path.dirname(require.resolve('@docusaurus/utils-common/package.json'));

/** A module's path without its extension, as the bundler sees a relative or extension-less import. */
function modulePath(request: string): string {
  return require.resolve(request).replace(/\.js$/, '');
}

export default function leanClientPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'nc-sos-lean-client',
    configureWebpack: (config, isServer, {currentBundler}) =>
      isServer
        ? {}
        : {
            mergeStrategy: {'optimization.minimizer': 'replace'},
            optimization: {minimizer: withUtf8Minimizer(config.optimization?.minimizer ?? [])},
            module: {
              rules: [
                {test: docsRouteProps, use: [versionDocsLoader]},
                {
                  test: codeTranslations,
                  use: [{loader: codeTranslationsLoader, options: {drop: leftOutStringPrefixes}}],
                },
                {
                  test: generatedSiteConfig,
                  use: [{loader: siteConfigLoader, options: {drop: buildOnlySettings}}],
                },
              ],
            },
            resolve: {
              alias: {
                [modulePath('@docusaurus/theme-classic/lib/prism-include-languages')]: emptyModule,
                [modulePath('@docusaurus/core/lib/client/prefetch')]: noPrefetch,
              },
            },
            plugins: [
              expectStandIn('plugins/lean-client: Prism', emptyModule),
              expectStandIn('plugins/lean-client: prefetch on sight', noPrefetch),
              // Not an alias: other packages that require tslib may need more of it.
              ...replaceImport(currentBundler, {
                name: 'plugins/lean-client: tslib in @docusaurus/utils-common',
                request: /^tslib$/,
                issuer: (issuer) => issuer.startsWith(utilsCommon),
                standIn: tslibStandIn,
              }),
            ],
          },
    configurePostCss: (options) => ({...options, plugins: [...options.plugins, dropLeftOutRules]}),
    postBuild: ({outDir}) => checkBuiltFiles(outDir, siteDir),
  };
}
