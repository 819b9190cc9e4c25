/**
 * The classic preset runs only the parts the site uses: docs, pages (the home page) and, in a
 * production build, the sitemap. A blog, the debug pages, SVGR or an analytics plugin switched on
 * by an edit of its options fails here, before it reaches a build.
 */
import preset from '@docusaurus/preset-classic';
import type {LoadContext} from '@docusaurus/types';
import {afterEach, expect, it, vi} from 'vitest';
import config from '../../docusaurus.config';

/** The names of the plugins the preset adds with the site's own options. */
function presetPlugins(nodeEnv: string): string[] {
  vi.stubEnv('NODE_ENV', nodeEnv);
  const [name, options] = config.presets?.[0] as [string, Record<string, unknown>];
  expect(name).toBe('classic');
  // The preset reads only the site config from its context (and adds the cascade-layers plugin
  // only for a normalized `future.v4`, which the raw config does not have: not an option here).
  const {plugins = []} = preset({siteConfig: config} as unknown as LoadContext, options);
  return plugins.map((plugin) => {
    const id = Array.isArray(plugin) ? plugin[0] : plugin;
    return String(id).replace(/^.*@docusaurus\/(plugin-[\w-]+).*$/, '$1');
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

it.each([
  ['production', ['plugin-content-docs', 'plugin-content-pages', 'plugin-sitemap']],
  ['development', ['plugin-content-docs', 'plugin-content-pages']],
])('adds only docs, pages and the sitemap in %s', (nodeEnv, expected) => {
  expect(presetPlugins(nodeEnv)).toEqual(expected);
});
