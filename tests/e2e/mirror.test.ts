/**
 * A mirror builds for its own address with two environment variables, and `npm run package` packs
 * that build for its host. Here: one build for https://mirror.example/nc-sos/, every internal link
 * of both locales inside /nc-sos/; then the archive, unpacked and served exactly as its HOSTING.md
 * says, loads a page, its assets, a search and each language's 404 page under the base path, and
 * its entries are reproducible and keep the host's files out of the published folder.
 */
import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {siteDir} from '../../lib/pages';
import {type RunningServer, serveStatic} from '../../lib/staticServer';
import {searchIndexFolder} from '../../lib/searchPage';
import {manifestFile} from '../../plugins/search-on-demand/shardFormat';
import {securityHeaders} from '../../plugins/security-headers/policy';
import {launchBrowser} from './_lib/browser';
import {type RunningNginx, startNginx} from './_lib/nginx';
import {offSiteRequests, visit} from './_lib/visit';

const base = '/nc-sos/';
const env: NodeJS.ProcessEnv = {...process.env, BASE_URL: base, SITE_URL: 'https://mirror.example'};
// The entries' time is then the last commit's, which the listing test checks.
delete env.SOURCE_DATE_EPOCH;
const workDir = mkdtempSync(path.join(tmpdir(), 'nc-sos-mirror-'));
const outDir = path.join(workDir, 'build');
const archive = path.join(workDir, 'nc-sos-site.tar.gz');
const serverRoot = path.join(workDir, 'srv');

function packageTo(file: string): void {
  execFileSync(
    'npx',
    ['tsx', 'scripts/package/index.ts', '--build-dir', outDir, '--archive', file],
    {
      cwd: siteDir,
      env,
      stdio: 'ignore',
    },
  );
}

beforeAll(() => {
  execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env,
    stdio: 'ignore',
  });
  packageTo(archive);
  // HOSTING.md, step 1: unpack into a folder of its own; step 2 publishes its public/.
  mkdirSync(serverRoot);
  execFileSync('tar', ['-xzf', archive, '-C', serverRoot]);
});

afterAll(() => rmSync(workDir, {recursive: true, force: true}));

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

describe(`a build for BASE_URL=${base}`, () => {
  it('writes pages for both locales', () => {
    const files = htmlFiles();
    expect(files).toContain('index.html');
    expect(files).toContain(path.join('en', 'index.html'));
  });

  it(`links only inside ${base}`, () => {
    const links = htmlFiles().flatMap((file) =>
      internalUrls(readFileSync(path.join(outDir, file), 'utf8')).map((url) => ({file, url})),
    );
    expect(links.length, 'internal links found').toBeGreaterThan(1000);
    const outside = links.filter(({url}) => !url.startsWith(base));
    expect(outside.map(({file, url}) => `${file}: ${url}`)).toEqual([]);
  });

  it('gives absolute addresses on the mirror host', () => {
    const html = readFileSync(path.join(outDir, 'en', 'index.html'), 'utf8');
    const urls = attributeUrls(html);
    expect(urls).toContain(`https://mirror.example${base}`);
    expect(urls).toContain(`https://mirror.example${base}en/`);
  });
});

interface Entry {
  readonly owner: string;
  readonly time: string;
  readonly name: string;
}

/**
 * The archive's entries as `tar` lists them, in the archive's order. Without `--numeric-owner`,
 * `tar` shows the user and group names an entry records, and the numbers only when it records none.
 */
function entries(): Entry[] {
  const listing = execFileSync(
    'tar',
    ['--list', '--verbose', '--full-time', '--utc', '-zf', archive],
    {encoding: 'utf8'},
  );
  return listing
    .trim()
    .split('\n')
    .map((line) => {
      const [, owner = '', time = '', name = ''] =
        /^\S+ (\S+)\s+\d+ (\S+ \S+) (.*)$/.exec(line) ?? [];
      return {owner, time, name: name.replace(/\/$/, '')};
    });
}

describe('the package', () => {
  it('records no user and one fixed time, the last commit’s, in names sorted folder by folder', () => {
    const list = entries();
    const commitTime = new Date(
      Number(execFileSync('git', ['log', '-1', '--format=%ct'], {cwd: siteDir, encoding: 'utf8'})) *
        1000,
    )
      .toISOString()
      .replace('T', ' ')
      .replace('.000Z', '');
    expect(new Set(list.map(({owner}) => owner))).toEqual(new Set(['0/0']));
    expect(new Set(list.map(({time}) => time))).toEqual(new Set([commitTime]));
    const byFolder = new Map<string, string[]>();
    for (const {name} of list) {
      const folder = path.posix.dirname(name);
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), name]);
    }
    const unsorted = [...byFolder].filter(
      ([, names]) => names.join('\n') !== [...names].sort().join('\n'),
    );
    expect(unsorted.map(([folder]) => folder)).toEqual([]);
  });

  it('keeps the host’s files out of the published folder, and the site under the base path', () => {
    const names = entries().map(({name}) => name);
    expect(names.filter((name) => !name.startsWith('./public'))).toEqual([
      '.',
      './HOSTING.md',
      './build-info.txt',
      './nginx',
      './nginx/nc-sos.conf',
      './static-hosts',
      './static-hosts/_headers',
      './static-hosts/_redirects',
    ]);
    const published = names.filter((name) => name.startsWith('./public/'));
    expect(published.filter((name) => !name.startsWith(`./public${base}`))).toEqual([
      './public/404.html',
      `./public${base.replace(/\/$/, '')}`,
    ]);
    expect(published).toContain(`./public${base}en/index.html`);
  });

  it('gives the host headers and 404 pages under the base path', () => {
    const hostFile = (name: string) => readFileSync(path.join(serverRoot, name), 'utf8');
    expect(hostFile('static-hosts/_headers')).toMatch(
      /^\/nc-sos\/\*\n {2}Content-Security-Policy: /,
    );
    expect(hostFile('static-hosts/_redirects')).toBe(
      '/nc-sos/en/*  /nc-sos/en/404.html  404\n/nc-sos/*  /nc-sos/404.html  404\n',
    );
    const nginx = hostFile('nginx/nc-sos.conf');
    expect(nginx).toContain('location ^~ /nc-sos/en/ {');
    expect(nginx).toContain('error_page 404 /nc-sos/en/404.html;');
    expect(nginx).toContain('error_page 404 /nc-sos/404.html;');
    expect(nginx).toMatch(/add_header Strict-Transport-Security "max-age=\d+" always;/);
  });

  it('comes out byte for byte the same from the same build', () => {
    const again = path.join(workDir, 'again.tar.gz');
    packageTo(again);
    expect(readFileSync(again).equals(readFileSync(archive))).toBe(true);
  });
});

/** nginx as HOSTING.md sets it up: `root` the archive's public/, and its nginx/nc-sos.conf included. */
const startHostNginx = () =>
  startNginx(
    path.join(workDir, 'nginx'),
    `root ${path.join(serverRoot, 'public')};\ninclude ${path.join(serverRoot, 'nginx', 'nc-sos.conf')};`,
  );

/** The two ways HOSTING.md publishes `public/`: as it is, or through nginx with its set-up. */
const hosts = [
  {
    host: 'a static host that shows the closest 404.html',
    start: () => serveStatic(path.join(serverRoot, 'public')),
  },
  {host: 'nginx with nginx/nc-sos.conf', start: startHostNginx},
];

describe.each(hosts)('the unpacked package, served by $host as HOSTING.md says', ({start}) => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    // nginx's workers run as nobody: the temporary folder must be readable, as /srv would be.
    chmodSync(workDir, 0o755);
    server = await start();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Under nginx the pages also get the Content-Security-Policy header: a script it did not allow
  // would be reported as a console error, and the page would not hydrate.
  it('serves a page with its styles and scripts under the base path', async () => {
    const {page, status, consoleErrors, requests} = await visit(
      browser,
      `${server.origin}${base}history/sphere`,
    );
    expect(status).toBe(200);
    expect(consoleErrors).toEqual([]);
    expect(offSiteRequests(requests, server.origin)).toEqual([]);
    const assets = requests.filter((url) => /\.(css|js)$/.test(url));
    expect(assets.length).toBeGreaterThan(1);
    expect(assets.filter((url) => !url.startsWith(`${server.origin}${base}assets/`))).toEqual([]);
    expect(await page.locator('h1').textContent()).toMatch(/Сфер/);
    await page.close();
  });

  it('finds a page by search under the base path', async () => {
    const {page, consoleErrors} = await visit(
      browser,
      `${server.origin}${base}search?q=${encodeURIComponent('Сферы')}`,
    );
    const result = page.locator(`.main-wrapper article a[href^="${base}history/sphere"]`).first();
    await result.waitFor({timeout: 15_000});
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each([
    {locale: 'ru', path: `${base}no-such-page`, exit: 'Быстрый выход'},
    {locale: 'en', path: `${base}en/no-such-page`, exit: 'Exit this page'},
  ])(
    'answers an unknown path with the $locale 404 page and its quick exit',
    async ({path: url, exit}) => {
      const {page, status} = await visit(browser, `${server.origin}${url}`);
      expect(status).toBe(404);
      await page.getByRole('link', {name: exit, exact: true}).waitFor();
      await page.close();
    },
  );
});

describe('nginx with nginx/nc-sos.conf', () => {
  let nginx: RunningNginx;

  beforeAll(async () => {
    nginx = await startHostNginx();
  });

  afterAll(() => nginx?.close());

  /** A shard of the search index: an asset in a folder named by its content. */
  const searchShard = () => {
    const dir = path.join(
      serverRoot,
      'public',
      ...base.split('/').filter(Boolean),
      searchIndexFolder,
    );
    const folder = readdirSync(dir).find((name) => name !== manifestFile) ?? '(none built)';
    return `${searchIndexFolder}/${folder}/t0.json`;
  };

  it.each([
    {what: 'a page', url: () => `${base}history/sphere`},
    {what: 'a 404 page', url: () => `${base}en/no-such-page`},
    {what: 'an asset', url: () => `${base}${searchShard()}`},
  ])('sends every security header with $what', async ({url}) => {
    const response = await fetch(`${nginx.origin}${url()}`);
    const expected = Object.keys(securityHeaders([])).map((name) => name.toLowerCase());
    expect(expected.filter((name) => !response.headers.has(name))).toEqual([]);
    expect(response.headers.get('content-security-policy')).toMatch(/'sha256-/);
  });

  it('sends the bare base path to the site', async () => {
    const response = await fetch(`${nginx.origin}${base.replace(/\/$/, '')}`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location') ?? '', nginx.origin).pathname).toBe(base);
  });
});
