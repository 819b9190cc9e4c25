/**
 * The search page fetches the search index (some 175 KiB gzip per language) only once a reader
 * searches: opened with a query, or at the first keystroke. The search theme fetches it as soon as
 * the page opens, so a reader on a metered connection who lands there and leaves paid for it anyway
 * (issue #8: the heaviest first visit within 150 KiB). The theme offers no option for this, so the
 * page's helper module is replaced by one that waits (searchWhenAsked.ts); the navbar field, which
 * fetches the index when it is focused, keeps the original.
 *
 * The page's hook that keeps the words in the address is replaced too (searchQueryInMemory.ts): the
 * words must not stay in the tab's history and address bar (issue #18).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {replaceImport} from '../../lib/replaceImport';

const searchPage = `${path.sep}SearchPage${path.sep}SearchPage.jsx`;
const standIns: Record<string, string> = {
  searchByWorker: path.join(__dirname, 'searchWhenAsked.ts'),
  useSearchQuery: path.join(__dirname, 'searchQueryInMemory.ts'),
};

export default function searchOnDemandPlugin(): Plugin {
  return {
    name: 'nc-sos-search-on-demand',
    configureWebpack: (_config, isServer, {currentBundler}) =>
      isServer
        ? {}
        : {
            plugins: Object.entries(standIns).flatMap(([module, standIn]) =>
              replaceImport(currentBundler, {
                name: `plugins/search-on-demand: the search page’s ${module}`,
                request: new RegExp(`[\\\\/]${module}$`),
                issuer: (issuer) => issuer.endsWith(searchPage),
                standIn,
              }),
            ),
          },
  };
}
