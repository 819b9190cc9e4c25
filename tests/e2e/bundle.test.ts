/**
 * What the build leaves out of the browser code (plugins/lean-client), read from the built files:
 * each cut is a few KiB on every page, and nothing else would notice it coming back.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {localeCodes} from '../../src/i18n/locales';
import {buildDir, localePrefix} from './_lib/browser';

const scripts = localeCodes.flatMap((locale) => {
  const dir = path.join(buildDir, localePrefix(locale), 'assets/js');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({
      file: `${localePrefix(locale)}${file}`,
      code: readFileSync(path.join(dir, file), 'utf8'),
    }));
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
