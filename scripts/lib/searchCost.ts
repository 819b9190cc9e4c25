/**
 * What the search costs as the site grows (issue #19): the site as it is and a copy with its pages
 * multiplied to ten times as many (new ids, same text), each built in a temporary folder, with the
 * build's time, each locale's index size (raw and gzip, what a first search downloads) and the time
 * to load the index and answer the benchmark's queries with the search page's own code
 * (plugins/search-on-demand/pageSearch.ts) in Node. `npm run bench -- --only search`.
 */
import {spawnSync} from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {
  loadBuiltIndexes,
  searchBuilt,
  searchIndexFiles,
  type SiteLocale,
} from '../../plugins/search-on-demand/nodeSearch';
import {siteDir} from '../../lib/pages';

/** What the copy needs besides node_modules, which it links to. */
const siteParts = [
  'docs',
  'i18n',
  'src',
  'plugins',
  'static',
  'scripts',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'package.json',
];

/** The folders of each locale's pages. */
const pageDirs = ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'];

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return mdxFiles(file);
    return name.endsWith('.mdx') ? [file] : [];
  });
}

/**
 * Adds copies of every page but a section's own (index.mdx) and the glossary's, as `<name>-<n>`,
 * until the site has about `factor` times its pages; returns the number of pages per locale.
 */
export function multiplyPages(root: string, factor: number): number {
  let total = 0;
  for (const dir of pageDirs) {
    const files = mdxFiles(path.join(root, dir));
    const copyable = files.filter((file) => !/index\.mdx$|[\\/]glossary[\\/]/.test(file));
    const copies = Math.ceil(((factor - 1) * files.length) / copyable.length);
    for (const file of copyable) {
      const text = readFileSync(file, 'utf8');
      for (let n = 1; n <= copies; n += 1)
        writeFileSync(
          file.replace(/\.mdx$/, `-${n}.mdx`),
          // Inside the quotes when the title has them (`title: 'Timeline: 2017–2021'`).
          text.replace(/^title: (['"]?)(.*)\1$/m, (_line, quote: string, title: string) => {
            return `title: ${quote}${title} ${n}${quote}`;
          }),
        );
    }
    total = files.length + copies * copyable.length;
  }
  return total;
}

export interface SearchCost {
  readonly factor: number;
  readonly pages: number;
  readonly buildSeconds: number;
  readonly locales: readonly {
    readonly locale: SiteLocale;
    readonly rawKiB: number;
    readonly gzipKiB: number;
    readonly loadMs: number;
    readonly medianQueryMs: number;
  }[];
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Builds a copy of the site `factor` times larger and measures its search. */
export function measureSearchCost(
  factor: number,
  queries: Readonly<Record<SiteLocale, readonly string[]>>,
): SearchCost {
  const root = mkdtempSync(path.join(os.tmpdir(), 'nc-sos-search-cost-'));
  try {
    for (const part of siteParts)
      cpSync(path.join(siteDir, part), path.join(root, part), {recursive: true});
    symlinkSync(path.join(siteDir, 'node_modules'), path.join(root, 'node_modules'));
    const pages = multiplyPages(root, factor);
    const start = performance.now();
    const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error(`the build of the site ×${factor} failed (${root})`);
    const buildSeconds = Math.round((performance.now() - start) / 100) / 10;
    const buildDir = path.join(root, 'build');
    const locales = (['ru', 'en'] as const).map((locale) => {
      const raw = searchIndexFiles(buildDir, locale).map((file) => readFileSync(file));
      const loads = [1, 2, 3].map(() => timed(() => loadBuiltIndexes(buildDir, locale)));
      const indexes = loadBuiltIndexes(buildDir, locale);
      // One untimed pass, so that the timed ones measure the search and not V8 compiling it.
      for (const query of queries[locale]) searchBuilt(indexes, locale, query);
      const times = queries[locale].map((query) =>
        timed(() => searchBuilt(indexes, locale, query)),
      );
      return {
        locale,
        rawKiB: kib(raw.reduce((sum, buffer) => sum + buffer.length, 0)),
        gzipKiB: kib(raw.reduce((sum, buffer) => sum + gzipSync(buffer).length, 0)),
        loadMs: Math.round(median(loads) * 10) / 10,
        medianQueryMs: Math.round(median(times) * 100) / 100,
      };
    });
    return {factor, pages, buildSeconds, locales};
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}

/** Node runs the same code several times faster than a cheap phone: Lighthouse's 4× slowdown. */
export const phoneSlowdown = 4;

export function searchCostTable(costs: readonly SearchCost[]): string {
  const rows = costs.flatMap((cost) =>
    cost.locales.map(
      (l) =>
        `| ×${cost.factor} (${cost.pages} pages) | ${l.locale} | ${cost.buildSeconds} | ${l.rawKiB} | ${l.gzipKiB} | ${l.loadMs} (~${Math.round(l.loadMs * phoneSlowdown)}) | ${l.medianQueryMs} (~${Math.round(l.medianQueryMs * phoneSlowdown * 10) / 10}) |`,
    ),
  );
  return [
    '| Site | Locale | Build s | Index raw KiB | Index gzip KiB | Load ms Node (×4) | Median query ms Node (×4) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
