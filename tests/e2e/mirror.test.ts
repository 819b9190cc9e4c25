/**
 * A mirror builds for its own address with one environment variable: every internal link of the
 * output, in both locales, must then start with the mirror's base URL.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {siteDir} from '../../scripts/lib/pages';

const outDir = mkdtempSync(path.join(tmpdir(), 'nc-sos-mirror-'));

beforeAll(() => {
  execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env: {...process.env, BASE_URL: '/mirror/', SITE_URL: 'https://mirror.example'},
    stdio: 'ignore',
  });
});

afterAll(() => rmSync(outDir, {recursive: true, force: true}));

function htmlFiles(): string[] {
  return readdirSync(outDir, {recursive: true, encoding: 'utf8'}).filter((file) =>
    file.endsWith('.html'),
  );
}

/** URLs in href, src and content attributes; the minifier leaves many values unquoted. */
function attributeUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|content)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}

/** Root-relative URLs (protocol-relative `//host` excluded): the site's own links. */
function internalUrls(html: string): string[] {
  return attributeUrls(html).filter((url) => /^\/(?!\/)/.test(url));
}

describe('a build for BASE_URL=/mirror/', () => {
  it('writes pages for both locales', () => {
    const files = htmlFiles();
    expect(files).toContain('index.html');
    expect(files).toContain(path.join('en', 'index.html'));
  });

  it('links only inside /mirror/', () => {
    const links = htmlFiles().flatMap((file) =>
      internalUrls(readFileSync(path.join(outDir, file), 'utf8')).map((url) => ({file, url})),
    );
    expect(links.length, 'internal links found').toBeGreaterThan(1000);
    const outside = links.filter(({url}) => !url.startsWith('/mirror/'));
    expect(outside.map(({file, url}) => `${file}: ${url}`)).toEqual([]);
  });

  it('gives absolute addresses on the mirror host', () => {
    const html = readFileSync(path.join(outDir, 'en', 'index.html'), 'utf8');
    const urls = attributeUrls(html);
    expect(urls).toContain('https://mirror.example/mirror/');
    expect(urls).toContain('https://mirror.example/mirror/en/');
  });
});
