/**
 * The build's one HTML pass, after each locale's build. In order, on every page: the quick exit's
 * inline script goes first in `<body>`, and every page but the search page gets site.js in place of
 * the React bundles (plugins/static-first); then a Content-Security-Policy meta tag, with the hashes
 * of the page's inline scripts as they now are. The same policy as headers, for hosts that can send them, comes from
 * `npm run package` (scripts/package), which knows the address the copy is served at; the build
 * writes nothing but its pages.
 *
 * Docusaurus runs every plugin's `postBuild` at once, and two of them read the pages: the search
 * theme, which indexes them, and plugins/workarounds/bundle-cuts, which checks them. So this pass reads and
 * rewrites the pages synchronously, inside the call, before it returns: Docusaurus calls the
 * `postBuild`s in the order of the plugins (the config's plugins, then its themes), so both
 * readers start once every page is final, and the search index reads the final pages. Each page
 * is written to a temporary file and renamed over the old one, so that nothing ever reads half of
 * one. `checkReadersComeAfter` stops the build if a reader is ever listed first.
 */
import {readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {I18n, LoadedPlugin, Plugin} from '@docusaurus/types';
import {staticFirstPass} from '../static-first';
import {withCspMeta} from './policy';

/** Plugins whose `postBuild` reads the built pages, and must see them with their policy. */
const pageReaders = ['nc-sos-bundle-cuts', '@easyops-cn/docusaurus-search-local'];
const name = 'nc-sos-security-headers';

/**
 * Folders inside a locale's output that other locales' builds write (`en` in the default locale's
 * `build/`), relative to it. A single-locale build (`docusaurus build --locale en`) gives every
 * locale the same base URL and writes one site to `build/`: then there are none.
 */
export function otherLocalesDirs(i18n: I18n, baseUrl: string): string[] {
  return Object.values(i18n.localeConfigs)
    .map((locale) => locale.baseUrl)
    .filter((other) => other !== baseUrl && other.startsWith(baseUrl))
    .map((other) => other.slice(baseUrl.length).replace(/\/$/, ''));
}

/** The HTML pages of one locale's build, without those of the locales nested in its folder. */
function localePages(outDir: string, i18n: I18n, baseUrl: string): string[] {
  const skipped = otherLocalesDirs(i18n, baseUrl).map(
    (dir) => `${dir.split('/').join(path.sep)}${path.sep}`,
  );
  return readdirSync(outDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !skipped.some((dir) => file.startsWith(dir)))
    .map((file) => path.join(outDir, file));
}

/** Writes a file so that a reader gets the old text or the new, never part of it. */
function replaceFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function checkReadersComeAfter(plugins: readonly LoadedPlugin[]): void {
  const position = (pluginName: string) =>
    plugins.findIndex((plugin) => plugin.name === pluginName);
  const early = pageReaders.filter(
    (reader) => position(reader) !== -1 && position(reader) < position(name),
  );
  if (early.length > 0) {
    throw new Error(
      `docusaurus.config.ts: ${early.join(', ')} must come after plugins/security-headers, which must finish the pages before anything reads them`,
    );
  }
}

export default function securityHeadersPlugin(): Plugin {
  return {
    name,
    postBuild({outDir, baseUrl, i18n, plugins}) {
      checkReadersComeAfter(plugins);
      const finishPage = staticFirstPass(outDir, baseUrl);
      for (const file of localePages(outDir, i18n, baseUrl)) {
        const page = finishPage(readFileSync(file, 'utf8'), path.relative(outDir, file));
        replaceFile(file, withCspMeta(page));
      }
    },
  };
}
