/**
 * Static-first (issue #22): every page but the search page ships no React; one small plain script
 * (site.js) runs the controls. This is the page step of the build's one HTML pass
 * (plugins/security-headers, before the CSP hashes): it writes site.js into the build under a name
 * that changes with its content, and returns what finishes each page (html.ts).
 */
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isSearchPage, withoutHydration, withQuickExitScript} from './html';

/** Writes site.js into `outDir` and returns what finishes each page (path relative to outDir). */
export function staticFirstPass(
  outDir: string,
  baseUrl: string,
): (html: string, relativeFile: string) => string {
  const code = readFileSync(path.join(__dirname, 'site.js'));
  const name = `site.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
  mkdirSync(path.join(outDir, 'assets', 'js'), {recursive: true});
  writeFileSync(path.join(outDir, 'assets', 'js', name), code);
  const url = `${baseUrl}assets/js/${name}`;
  return (html, relativeFile) => {
    const page = withQuickExitScript(html, relativeFile);
    return isSearchPage(relativeFile) ? page : withoutHydration(page, relativeFile, url);
  };
}
