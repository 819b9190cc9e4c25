/**
 * `npm run package`: the built site as one archive, `dist/nc-sos-site.tar.gz`, with a short guide
 * for whoever hosts it (HOSTING.md) and the address it was built for. Run after `npm run build`
 * (the npm script does both), with SITE_URL/BASE_URL set for a mirror.
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {siteDir} from '../lib/pages';
import {siteAddress} from '../../src/i18n/siteAddress';

const buildDir = path.join(siteDir, 'build');
const archive = path.join(siteDir, 'dist', 'nc-sos-site.tar.gz');

if (!existsSync(path.join(buildDir, 'index.html'))) {
  throw new Error(
    'build/ has no site: run `npm run build` first (or `npm run package`, which does).',
  );
}
const {url, baseUrl} = siteAddress();
copyFileSync(path.join(__dirname, 'HOSTING.md'), path.join(buildDir, 'HOSTING.md'));
writeFileSync(
  path.join(buildDir, 'build-info.txt'),
  `Built for ${url}${baseUrl} on ${new Date().toISOString()}\n`,
);
mkdirSync(path.dirname(archive), {recursive: true});
execFileSync('tar', ['-czf', archive, '-C', buildDir, '.']);
console.log(`Wrote ${path.relative(siteDir, archive)} (site for ${url}${baseUrl})`);
