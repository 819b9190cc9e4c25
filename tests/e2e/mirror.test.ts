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

/** Root-relative URLs in href, src and content attributes (protocol-relative `//host` excluded). */
function internalUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|content)="(\/(?!\/)[^"]*)"/g)].map(
    (match) => match[1] ?? '',
  );
}

describe('a build for BASE_URL=/mirror/', () => {
  it('writes pages for both locales', () => {
    const files = htmlFiles();
    expect(files).toContain('index.html');
    expect(files).toContain(path.join('en', 'index.html'));
  });

  it('links only inside /mirror/', () => {
    const outside = htmlFiles().flatMap((file) =>
      internalUrls(readFileSync(path.join(outDir, file), 'utf8'))
        .filter((url) => !url.startsWith('/mirror/'))
        .map((url) => `${file}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('gives absolute addresses on the mirror host', () => {
    const html = readFileSync(path.join(outDir, 'en', 'index.html'), 'utf8');
    expect(html).toContain('href="https://mirror.example/mirror/"');
    expect(html).toContain('hreflang="ru"');
  });
});
