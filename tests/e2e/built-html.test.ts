/**
 * The built HTML, read as a host serves it: no page carries a broken character. React 18's page
 * rendering slipped NUL bytes into long pages, which became «�» inside words
 * (plugins/workarounds/ssr-nul-bytes); where they fall depends on the text, so every page is read. No page
 * names a site the reader did not ask for.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildDir} from './_lib/browser';

const pages = readdirSync(buildDir, {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({file, html: readFileSync(path.join(buildDir, file), 'utf8')}));

describe('built pages', () => {
  it('include the pages of every locale', () => {
    expect(pages.length).toBeGreaterThan(80);
  });

  it('carry no NUL byte and no replacement character «�»', () => {
    const broken = pages.flatMap(({file, html}) =>
      [...html.matchAll(/.{0,20}[\0\uFFFD].{0,20}/g)].map((match) => `${file}: ${match[0]}`),
    );
    expect(broken).toEqual([]);
  });

  it('never name docusaurus.io (the base URL banner, off in the config, linked there)', () => {
    const naming = pages.filter(({html}) => html.includes('docusaurus.io')).map(({file}) => file);
    expect(naming).toEqual([]);
  });
});

describe('search keywords (src/theme/DocItem/Metadata)', () => {
  it.each([
    {file: 'cases/anonymous-evacuation.html', label: 'Анонимная эвакуация'},
    {file: 'en/cases/anonymous-evacuation.html', label: 'Anonymous evacuation'},
  ])('$file carries its sidebar label, which its title does not say', ({file, label}) => {
    const html = pages.find((page) => page.file === file)?.html ?? '';
    // The minified HTML quotes an attribute only when it must (`name=keywords content="…"`).
    const keywords = /<meta[^>]*\bname="?keywords"?\s[^>]*content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(keywords.split(', ')).toContain(label);
  });
});
