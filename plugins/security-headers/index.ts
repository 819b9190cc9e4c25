/**
 * After each locale's build: a Content-Security-Policy meta tag in every page, with the hashes of
 * that page's inline scripts, and the same policy as `_headers` and an nginx snippet at the root of
 * the build for hosts that can send headers.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {headersFile, inlineScriptHashes, nginxSnippet, withCspMeta} from './policy';

async function htmlFiles(dir: string, skipDirs: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, encoding: 'utf8'});
  return entries
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !skipDirs.includes(file.split(path.sep)[0] ?? ''))
    .map((file) => path.join(dir, file));
}

/** Hashes already in a `_headers` written by the other locale's build, so the root file covers both. */
async function previousHashes(headersPath: string): Promise<string[]> {
  try {
    return (await readFile(headersPath, 'utf8')).match(/'sha256-[^']+'/g) ?? [];
  } catch {
    return [];
  }
}

export default function securityHeadersPlugin(context: LoadContext): Plugin {
  const {i18n} = context;
  return {
    name: 'nc-sos-security-headers',
    async postBuild({outDir}) {
      const isDefaultLocale = i18n.currentLocale === i18n.defaultLocale;
      // The default locale's folder holds the other locales' folders: leave those to their own build.
      const otherLocales = isDefaultLocale
        ? i18n.locales.filter((locale) => locale !== i18n.defaultLocale)
        : [];
      const hashes = new Set<string>();
      for (const file of await htmlFiles(outDir, otherLocales)) {
        const html = await readFile(file, 'utf8');
        inlineScriptHashes(html).forEach((hash) => hashes.add(hash));
        await writeFile(file, withCspMeta(html));
      }
      const root = isDefaultLocale ? outDir : path.dirname(outDir);
      const headersPath = path.join(root, '_headers');
      const all = [...hashes, ...(await previousHashes(headersPath))];
      await writeFile(headersPath, headersFile(all));
      await writeFile(path.join(root, 'nginx-security-headers.conf'), nginxSnippet(all));
    },
  };
}
