/**
 * `npm run package`: the built site as one archive, `dist/nc-sos-site.tar.gz`, laid out for
 * whoever hosts it (HOSTING.md): the site under its base path in `public/`, and beside it, never
 * published, the notes, the address it was built for, and the header and 404 set-up for nginx and
 * for hosts that read `_headers`. Run after `npm run build` (the npm script does both), with
 * SITE_URL/BASE_URL set for a mirror. `--build-dir` and `--archive` pack another build, elsewhere
 * (tests/e2e/mirror.test.ts).
 *
 * The archive is reproducible: the same build gives the same bytes. Its entries carry no user,
 * group or build time (owner 0, sorted names, the time of the last commit, or SOURCE_DATE_EPOCH).
 */
import {execFileSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {inlineScriptHashes} from '../../plugins/security-headers/policy';
import {localeCodes, sourceLocale} from '../../src/i18n/locales';
import {siteAddress} from '../../src/i18n/siteAddress';
import {siteDir} from '../../lib/pages';
import {
  headersFile,
  netlifyRedirects,
  nginxConf,
  type SiteLayout,
} from '../../plugins/security-headers/hostFiles';

const {values: options} = parseArgs({
  options: {
    'build-dir': {type: 'string', default: path.join(siteDir, 'build')},
    archive: {type: 'string', default: path.join(siteDir, 'dist', 'nc-sos-site.tar.gz')},
  },
});
const buildDir = path.resolve(options['build-dir']);
const archive = path.resolve(options.archive);

function git(...args: string[]): string {
  return execFileSync('git', args, {cwd: siteDir, encoding: 'utf8'}).trim();
}

/** Seconds since 1970 for every entry: SOURCE_DATE_EPOCH if set, else the last commit's time. */
function entryTime(): number {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined) {
    if (!/^\d+$/.test(fromEnv))
      throw new Error(`SOURCE_DATE_EPOCH must be whole seconds (got "${fromEnv}")`);
    return Number(fromEnv);
  }
  return Number(git('log', '-1', '--format=%ct'));
}

/** Which source the copy was built from, without the time of the build. */
function sourceVersion(): string {
  try {
    const changed = git('status', '--porcelain').length > 0 ? ', with uncommitted changes' : '';
    return `commit ${git('rev-parse', 'HEAD')} of ${git('log', '-1', '--format=%cI')}${changed}`;
  } catch {
    return 'a source outside git';
  }
}

function scriptHashesOfPages(dir: string): string[] {
  const pages = readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((file) =>
    file.endsWith('.html'),
  );
  return [
    ...new Set(
      pages.flatMap((file) => inlineScriptHashes(readFileSync(path.join(dir, file), 'utf8'))),
    ),
  ];
}

/** HOSTING.md with this copy's address and base path; a placeholder left over is a bug here. */
function hostingNotes(address: string, baseUrl: string): string {
  const notes = readFileSync(path.join(__dirname, 'HOSTING.md'), 'utf8')
    .replaceAll('{{address}}', address)
    .replaceAll('{{baseUrl}}', baseUrl);
  const left = /\{\{\w+\}\}/.exec(notes);
  if (left) throw new Error(`scripts/package/HOSTING.md: unknown placeholder ${left[0]}`);
  return notes;
}

/** Stops when the build was made for another address than the one SITE_URL/BASE_URL give now. */
function checkBuiltFor(address: string): void {
  const sitemap = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const built = /<loc>([^<]*)<\/loc>/.exec(sitemap)?.[1] ?? '(no address)';
  if (!built.startsWith(address)) {
    throw new Error(
      `${path.join(buildDir, 'sitemap.xml')}: built for ${built}, not ${address}: build and package with the same SITE_URL and BASE_URL`,
    );
  }
}

/** Files the host gets beside the site, which older versions of the build and package left in build/. */
const hostFileNames = [
  'HOSTING.md',
  'build-info.txt',
  '_headers',
  '_redirects',
  'nginx-security-headers.conf',
];

/** Stops rather than publish a host's file: Docusaurus does not empty build/ before it builds. */
function checkNoHostFiles(): void {
  const left = hostFileNames.filter((name) => existsSync(path.join(buildDir, name)));
  if (left.length > 0) {
    throw new Error(
      `${buildDir} holds ${left.join(', ')}, left by an older build or package: \`npm run clear\`, then build again`,
    );
  }
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, text);
}

function main(): void {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(
      'build/ has no site: run `npm run build` first (or `npm run package`, which does).',
    );
  }
  const {url, baseUrl} = siteAddress();
  const address = `${url}${baseUrl}`;
  const localeDirs = localeCodes.filter((code) => code !== sourceLocale);
  const missing = localeDirs.filter((dir) => !existsSync(path.join(buildDir, dir, '404.html')));
  if (missing.length > 0) {
    throw new Error(
      `build/ has no ${missing.join(', ')} site: build every language (\`npm run build\`, without --locale)`,
    );
  }
  checkBuiltFor(address);
  checkNoHostFiles();
  const layout: SiteLayout = {baseUrl, localeDirs, scriptHashes: scriptHashesOfPages(buildDir)};
  const stagingDir = mkdtempSync(path.join(tmpdir(), 'nc-sos-package-'));
  const publicDir = path.join(stagingDir, 'public');
  const siteFolder = path.join(publicDir, ...baseUrl.split('/').filter(Boolean));

  cpSync(buildDir, siteFolder, {recursive: true});
  // Hosts show the published folder's own 404.html for unknown paths outside the site's folder.
  if (baseUrl !== '/') cpSync(path.join(buildDir, '404.html'), path.join(publicDir, '404.html'));
  write(path.join(stagingDir, 'HOSTING.md'), hostingNotes(address, baseUrl));
  write(path.join(stagingDir, 'build-info.txt'), `Built for ${address} from ${sourceVersion()}\n`);
  write(path.join(stagingDir, 'nginx', 'nc-sos.conf'), nginxConf(layout, address));
  write(path.join(stagingDir, 'static-hosts', '_headers'), headersFile(layout));
  write(path.join(stagingDir, 'static-hosts', '_redirects'), netlifyRedirects(layout));

  mkdirSync(path.dirname(archive), {recursive: true});
  execFileSync('tar', [
    '--create',
    '--file',
    archive,
    '--use-compress-program',
    'gzip -9 -n',
    '--format=gnu',
    '--sort=name',
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    `--mtime=@${entryTime()}`,
    '--mode=u+rw,go+r,go-w,a+X',
    '--directory',
    stagingDir,
    '.',
  ]);
  rmSync(stagingDir, {recursive: true, force: true});
  console.log(`Wrote ${path.relative(siteDir, archive)} (site for ${address})`);
}

main();
