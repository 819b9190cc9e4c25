/**
 * React 18's `renderToPipeableStream`, with which Docusaurus renders each page, writes its output
 * through a 2 KiB buffer; when a character of several bytes does not fit at the end, it still sends
 * the whole buffer, unwritten bytes included (facebook/react#31134, fixed in React 19). Those NUL
 * bytes became «�» in the pages: in the middle of words on about one page in eight
 * («Ист�очник»), and where a screen reader reads them out. The site keeps React 18 for its smaller
 * browser bundle (MAINTAINING.md, "Upgrades"), so the rendering is wrapped to take them out
 * (renderToHtml.ts); tests/e2e/built-html.test.ts checks every built page.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {replaceImport} from '../../../lib/replaceImport';

const serverEntry = require.resolve('@docusaurus/core/lib/client/serverEntry');
const standIn = path.join(__dirname, 'renderToHtml.ts');

export default function ssrNulBytesPlugin(): Plugin {
  return {
    name: 'nc-sos-ssr-nul-bytes',
    configureWebpack: (_config, isServer, {currentBundler}) =>
      isServer
        ? {
            // Only Docusaurus's own import: the stand-in imports the original too.
            plugins: replaceImport(currentBundler, {
              name: 'plugins/workarounds/ssr-nul-bytes: @docusaurus/core/lib/client/renderToHtml',
              request: /[\\/]renderToHtml$/,
              issuer: (issuer) => issuer === serverEntry,
              standIn,
            }),
          }
        : {},
  };
}
