/**
 * plugins/security-headers after a locale's build: which pages it rewrites, in a full build and in a
 * single-locale one, and that it writes nothing anywhere else (it once wrote `_headers` into the
 * repository's root on `docusaurus build --locale en`).
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {I18n, LoadedPlugin, Plugin} from '@docusaurus/types';
import {afterEach, describe, expect, it} from 'vitest';
import securityHeadersPlugin, {otherLocalesDirs} from '../../plugins/security-headers';

/** The i18n Docusaurus gives a build: every locale's base URL, which decides where it writes. */
function i18nWith(baseUrls: {ru: string; en: string}, currentLocale: 'ru' | 'en'): I18n {
  const locale = (code: 'ru' | 'en') => ({baseUrl: baseUrls[code], url: 'https://example.org'});
  // Only the fields the plugin reads; the rest of Docusaurus's I18n does not matter here.
  return {
    defaultLocale: 'ru',
    locales: ['ru', 'en'],
    currentLocale,
    localeConfigs: {ru: locale('ru'), en: locale('en')},
  } as unknown as I18n;
}

const fullBuild = {ru: '/nc-sos/', en: '/nc-sos/en/'};
const singleLocaleBuild = {ru: '/', en: '/'};
// As the stock template writes a page: the bundles in <head>, the theme's colour-mode script.
const page =
  '<html><head><title>t</title><script src="/assets/js/main.1a.js" defer></script></head><body><script>window.sessionStorage.getItem("theme")</script></body></html>';
let repo: string;

/** A repository whose build/ holds a Russian page and an English one, as a full build leaves it. */
function repoWithBuild(): string {
  repo = mkdtempSync(path.join(tmpdir(), 'nc-sos-headers-'));
  mkdirSync(path.join(repo, 'build', 'en'), {recursive: true});
  writeFileSync(path.join(repo, 'build', 'index.html'), page);
  writeFileSync(path.join(repo, 'build', 'en', 'index.html'), page);
  return repo;
}

function runPostBuild(outDir: string, i18n: I18n, baseUrl: string, plugins: string[]): void {
  const plugin: Plugin = securityHeadersPlugin();
  const loaded = plugins.map((name) => ({name}) as LoadedPlugin);
  // postBuild gets the whole site; the plugin reads these four fields.
  const props = {outDir, i18n, baseUrl, plugins: loaded} as unknown as Parameters<
    NonNullable<Plugin['postBuild']>
  >[0];
  // Not awaited: the pages must be final when the call returns, before Docusaurus calls the next
  // plugin's postBuild (the readers of the pages come after this plugin).
  void plugin.postBuild?.(props);
}

const hasPolicy = (file: string) =>
  readFileSync(file, 'utf8').includes('<meta http-equiv="Content-Security-Policy"');
const order = [
  'nc-sos-security-headers',
  'nc-sos-bundle-cuts',
  '@easyops-cn/docusaurus-search-local',
];

afterEach(() => rmSync(repo, {recursive: true, force: true}));

describe('security headers after a build', () => {
  it('leaves the English folder to its own build in a full build', () => {
    const root = repoWithBuild();
    runPostBuild(path.join(root, 'build'), i18nWith(fullBuild, 'ru'), '/nc-sos/', order);
    expect(hasPolicy(path.join(root, 'build', 'index.html'))).toBe(true);
    expect(hasPolicy(path.join(root, 'build', 'en', 'index.html'))).toBe(false);
  });

  it('rewrites every page of a single-locale build and writes nothing beside them', () => {
    const root = repoWithBuild();
    runPostBuild(path.join(root, 'build'), i18nWith(singleLocaleBuild, 'en'), '/', order);
    expect(hasPolicy(path.join(root, 'build', 'index.html'))).toBe(true);
    expect(hasPolicy(path.join(root, 'build', 'en', 'index.html'))).toBe(true);
    expect(readdirSync(root)).toEqual(['build']);
    // Beside the pages, the site script (plugins/static-first) in the build's assets.
    expect(readdirSync(path.join(root, 'build')).sort()).toEqual(['assets', 'en', 'index.html']);
  });

  it('gives a page an earlier build already finished one policy, not two', () => {
    const root = repoWithBuild();
    const i18n = i18nWith(singleLocaleBuild, 'en');
    runPostBuild(path.join(root, 'build'), i18n, '/', order);
    runPostBuild(path.join(root, 'build'), i18n, '/', order);
    const html = readFileSync(path.join(root, 'build', 'index.html'), 'utf8');
    expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(html).toMatch(/script-src 'self'( 'sha256-[^']+')+; /);
  });

  it('stops the build when a plugin that reads the pages runs first', () => {
    const root = repoWithBuild();
    const readerFirst = [order[2] ?? '', order[0] ?? ''];
    expect(() =>
      runPostBuild(path.join(root, 'build'), i18nWith(fullBuild, 'ru'), '/nc-sos/', readerFirst),
    ).toThrow(/docusaurus-search-local must come after plugins\/security-headers/);
  });
});

describe('the folders of other locales in a build', () => {
  it('are the nested locales of the default locale in a full build, and none otherwise', () => {
    expect(otherLocalesDirs(i18nWith(fullBuild, 'ru'), '/nc-sos/')).toEqual(['en']);
    expect(otherLocalesDirs(i18nWith(fullBuild, 'en'), '/nc-sos/en/')).toEqual([]);
    expect(otherLocalesDirs(i18nWith(singleLocaleBuild, 'en'), '/')).toEqual([]);
  });
});
