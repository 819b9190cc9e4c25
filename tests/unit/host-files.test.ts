/**
 * The host's files `npm run package` writes (plugins/security-headers/hostFiles.ts), for a copy at the root
 * of its address and for one under a base path: every path under the base, each language's 404.
 * tests/e2e/mirror.test.ts serves a packed build with them; this covers the root case it does not.
 */
import {describe, expect, it} from 'vitest';
import {headersFile, netlifyRedirects, nginxConf} from '../../plugins/security-headers/hostFiles';

const hashes = ["'sha256-abc='"];
const atRoot = {baseUrl: '/', localeDirs: ['en'], scriptHashes: hashes};
const underBase = {baseUrl: '/nc-sos/', localeDirs: ['en'], scriptHashes: hashes};

describe('the host files', () => {
  it('match every path under the base path in _headers', () => {
    expect(headersFile(atRoot)).toMatch(/^\/\*\n {2}Content-Security-Policy: .*'sha256-abc='/);
    expect(headersFile(underBase)).toMatch(/^\/nc-sos\/\*\n {2}Content-Security-Policy: /);
  });

  it('send each language its own 404 page on Netlify, the most specific rule first', () => {
    expect(netlifyRedirects(underBase)).toBe(
      '/nc-sos/en/*  /nc-sos/en/404.html  404\n/nc-sos/*  /nc-sos/404.html  404\n',
    );
    expect(netlifyRedirects(atRoot)).toBe('/en/*  /en/404.html  404\n/*  /404.html  404\n');
  });

  it('give nginx a location per language, and the bare base path a redirect', () => {
    const root = nginxConf(atRoot, 'https://example.org/');
    expect(root).toContain(
      'location ^~ /en/ {\n    try_files $uri $uri.html $uri/index.html =404;',
    );
    expect(root).toContain('location ^~ / {');
    expect(root).toContain('error_page 404 /404.html;');
    expect(root).not.toContain('return 301');
    const based = nginxConf(underBase, 'https://example.org/nc-sos/');
    expect(based).toContain('location = /nc-sos {\n    return 301 /nc-sos/;\n}');
    expect(based).toContain('error_page 404 /nc-sos/en/404.html;');
    expect(
      based.match(/add_header Content-Security-Policy "[^"]+'sha256-abc='[^"]*" always;/g),
    ).toHaveLength(2);
  });
});
