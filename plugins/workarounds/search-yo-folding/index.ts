/**
 * Makes the built-in search treat ё and е as one letter (foldYo.ts), where the search theme loads
 * lunr's Russian language: in Node, when it builds the index, and in the browser bundle, where it
 * queries it. The theme offers no hook for either, so the module it loads is replaced: in Node's
 * module cache, and in the bundle by a module replacement.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {replaceImport} from '../../../lib/replaceImport';
import {foldYoInRussianStemmer, type LunrWithRussian} from './foldYo';

/** Resolves modules as the search theme does, from its own folder. */
const themeRequire = createRequire(require.resolve('@easyops-cn/docusaurus-search-local'));
const russianModule = themeRequire.resolve('lunr-languages/lunr.ru');

type InstallRussian = ((lunr: LunrWithRussian) => void) & {foldsYo?: true};

function foldYoWhenTheThemeBuildsItsIndex(): void {
  const installRussian = themeRequire(russianModule) as InstallRussian;
  // `docusaurus start` loads the plugins again on a config change; the cache keeps the wrapper.
  if (installRussian.foldsYo) return;
  const cached = themeRequire.cache[russianModule];
  if (!cached)
    throw new Error(
      `plugins/workarounds/search-yo-folding: ${russianModule} is not in Node's module cache`,
    );
  const installFoldingYo: InstallRussian = (lunr) => {
    installRussian(lunr);
    foldYoInRussianStemmer(lunr);
  };
  installFoldingYo.foldsYo = true;
  cached.exports = installFoldingYo;
}

/** Where the theme's generated module loads lunr's Russian language; the stand-in loads it too. */
const russianRequest = /lunr-languages[\\/]lunr\.ru(\.js)?$/;
const standIn = path.join(__dirname, 'lunrRussian.cjs');

export default function searchYoPlugin(): Plugin {
  foldYoWhenTheThemeBuildsItsIndex();
  return {
    name: 'nc-sos-search-yo',
    configureWebpack: (_config, _isServer, {currentBundler}) => ({
      // Not an alias: that would also catch the stand-in's own import of the original.
      plugins: replaceImport(currentBundler, {
        name: 'plugins/workarounds/search-yo-folding: lunr-languages/lunr.ru',
        request: russianRequest,
        issuer: (issuer) => issuer !== standIn,
        standIn,
      }),
    }),
  };
}
