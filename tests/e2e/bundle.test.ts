/**
 * What the build leaves out of the browser code (plugins/lean-client), read from the built files:
 * each cut is a few KiB on every page, and nothing else would notice it coming back.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {leftOutInSelector} from '../../plugins/lean-client/leftOutCss';
import {localeCodes} from '../../src/i18n/locales';
import {buildDir, localePrefix} from './_lib/browser';

/** Every built file of one kind in each locale's `assets/<kind>/`. */
function builtAssets(kind: 'js' | 'css'): {file: string; code: string}[] {
  return localeCodes.flatMap((locale) => {
    const dir = path.join(buildDir, localePrefix(locale), 'assets', kind);
    return readdirSync(dir)
      .filter((file) => file.endsWith(`.${kind}`))
      .map((file) => ({
        file: `${localePrefix(locale)}${file}`,
        code: readFileSync(path.join(dir, file), 'utf8'),
      }));
  });
}

const scripts = builtAssets('js');
const stylesheets = builtAssets('css');
const filesMatching = (files: typeof scripts, pattern: RegExp): string[] =>
  files.filter(({code}) => pattern.test(code)).map(({file}) => file);

/**
 * What each cut of plugins/lean-client keeps out, by a string only the left-out code has: a cut that
 * stops applying (an upstream file moved, an alias no longer matches) fails here by name, before the
 * page weight shows it.
 */
describe('code the site leaves out', () => {
  it.each([
    // prism-react-renderer's grammar registry, loaded by the theme's prism-include-languages.
    {cut: 'Prism', pattern: /\.languages\.extend\(/},
    // Docusaurus's prefetch helper (lib/client/prefetch.js) adds <link rel="prefetch"> for links in view.
    {cut: 'prefetch on sight', pattern: /setAttribute\("rel","prefetch"\)/},
    // tslib as a whole, which @docusaurus/utils-common requires for one helper.
    {cut: 'tslib', pattern: /Class extends value /},
  ])('leaves out $cut', ({pattern}) => {
    expect(filesMatching(scripts, pattern)).toEqual([]);
  });

  it('drops the styles of the theme parts no page shows', () => {
    expect(stylesheets.length).toBeGreaterThan(0);
    // Cascade layers are named after plugins (`@layer docusaurus.plugin-debug`): not selectors.
    const selectorsOnly = stylesheets.map(({file, code}) => ({
      file,
      code: code.replace(/@layer[^{;]*/g, '@layer'),
    }));
    expect(filesMatching(selectorsOnly, leftOutInSelector)).toEqual([]);
    // The rule must not empty the stylesheet: the theme's own classes stay.
    expect(filesMatching(stylesheets, /\.navbar__brand/)).toHaveLength(stylesheets.length);
  });
});

describe('browser code', () => {
  it('carries Cyrillic as UTF-8, not as \\uXXXX escapes', () => {
    const escaped = scripts.filter(({code}) => /\\u04[0-5][0-9a-f]/i.test(code));
    expect(escaped.map(({file}) => file)).toEqual([]);
    expect(scripts.some(({code}) => code.includes('Глоссарий'))).toBe(true);
  });

  it('loads the docs version without the pages’ descriptions', () => {
    const versions = scripts.filter(({code}) => code.includes('"docsSidebars"'));
    // Each locale's build writes its own.
    expect(versions).toHaveLength(localeCodes.length);
    for (const {file, code} of versions) expect(code, file).not.toMatch(/"description"/);
  });

  it('loads the site config without the settings only the build reads', () => {
    const configs = scripts.filter(({code}) => code.includes('onBrokenAnchors:'));
    expect(configs).toHaveLength(localeCodes.length);
    // The page template (plugins/paint-first.ts), which every page would otherwise load.
    for (const {file, code} of configs) expect(code, file).not.toMatch(/ssrTemplate|<%~ it\./);
  });
});
