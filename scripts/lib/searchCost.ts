/**
 * What the search costs as the site grows (issue #19): the site as it is and a copy with its pages
 * multiplied to ten times as many (new ids, same text), each built in a temporary folder, with the
 * build's time, the size of each locale's index, what a reader's first search downloads (a fresh
 * browser per query: the search code and the index files it needs, gzip on the wire) and how long
 * the search page takes to answer, in Chromium with its CPU slowed 4× as Lighthouse's mobile runs
 * do. `npm run bench -- --only search-cost`; `--only search` measures the built site alone.
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
import {chromium, type Browser} from 'playwright-core';
import {chromiumFlags, chromiumPath} from '../../lib/chromium';
import {
  firstSearchBudgetKiB,
  kib,
  measureFirstSearch,
  searchAnswered,
  type SearchAnswer,
} from '../../lib/firstVisit';
import {siteDir} from '../../lib/pages';
import {serveStatic} from '../../lib/staticServer';
import {searchIndexDir, type SiteLocale} from '../../plugins/search-on-demand/nodeSearch';
import {manifestFile} from '../../plugins/search-on-demand/shardFormat';
import {searchField, searchMeasure} from '../../lib/searchPage';
import {cpuSlowdown, median} from './quickExitTiming';
/** What the copy needs besides node_modules, which it links to. */
const siteParts = [
  'docs',
  'i18n',
  'src',
  'lib',
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

export interface LocaleSearchCost {
  readonly locale: SiteLocale;
  /** Every file of the locale's index on disk, and its manifest alone (gzip). */
  readonly indexGzipKiB: number;
  readonly manifestGzipKiB: number;
  /**
   * A first search, the words entered at once: median and heaviest over the queries, and the
   * heaviest's index files; and typed a letter at a time, its heaviest.
   */
  readonly firstSearchKiB: {
    readonly median: number;
    readonly max: number;
    readonly index: number;
    readonly typedMax: number;
  };
  /**
   * CPU ×4: the first query's answer (the index opened with it), then the median and slowest of
   * the others, in all and their own work alone (without waiting for the index's files).
   */
  readonly answerMs: {
    readonly first: number;
    readonly median: number;
    readonly max: number;
    readonly medianWork: number;
    readonly maxWork: number;
  };
}

export interface SearchCost {
  readonly name: string;
  readonly pages: number | null;
  readonly buildSeconds: number | null;
  readonly locales: readonly LocaleSearchCost[];
}

function gzipBytesOf(dir: string): {all: number; manifest: number} {
  const files = readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
  const gzip = (file: string) => gzipSync(readFileSync(file)).length;
  return {
    all: files.reduce((sum, file) => sum + gzip(file), 0),
    manifest: gzip(path.join(dir, manifestFile)),
  };
}

/** How long the search page takes to answer each query, in one page, CPU slowed. */
async function answerTimes(browser: Browser, url: string, queries: readonly string[]) {
  const page = await browser.newPage();
  try {
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
    const times: SearchAnswer[] = [];
    for (const query of queries) {
      await page.locator(searchField).fill(query);
      times.push(await searchAnswered(page, query));
      await page.evaluate((name) => performance.clearMeasures(name), searchMeasure);
    }
    return times;
  } finally {
    await page.close();
  }
}

/** The search of a built site, both locales, served with gzip as a static host would. */
export async function measureBuiltSearch(
  buildDir: string,
  queries: Readonly<Record<SiteLocale, readonly string[]>>,
  log: (message: string) => void,
): Promise<LocaleSearchCost[]> {
  const server = await serveStatic(buildDir, {gzip: true});
  const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags});
  try {
    const costs: LocaleSearchCost[] = [];
    for (const locale of ['ru', 'en'] as const) {
      const url = `${server.origin}${locale === 'ru' ? '' : `/${locale}`}/search`;
      log(`  ${locale}: first searches…`);
      const transfers = [];
      const typed = [];
      for (const query of queries[locale]) {
        transfers.push(await measureFirstSearch(browser, url, query));
        typed.push(await measureFirstSearch(browser, url, query, {typed: true}));
      }
      log(`  ${locale}: answer times at CPU ×${cpuSlowdown}…`);
      const [first, ...rest] = await answerTimes(browser, url, queries[locale]);
      const totals = rest.map((answer) => answer.totalMs);
      const work = rest.map((answer) => answer.totalMs - answer.fetchMs - answer.openMs);
      const sizes = gzipBytesOf(searchIndexDir(buildDir, locale));
      const heaviest = transfers.reduce((a, b) => (b.totalBytes > a.totalBytes ? b : a));
      costs.push({
        locale,
        indexGzipKiB: kib(sizes.all),
        manifestGzipKiB: kib(sizes.manifest),
        firstSearchKiB: {
          median: kib(median(transfers.map((t) => t.totalBytes))),
          max: kib(heaviest.totalBytes),
          index: kib(heaviest.indexBytes),
          typedMax: kib(Math.max(...typed.map((transfer) => transfer.totalBytes))),
        },
        answerMs: {
          first: Math.round(first?.totalMs ?? 0),
          median: Math.round(median(totals)),
          max: Math.round(Math.max(...totals)),
          medianWork: Math.round(median(work)),
          maxWork: Math.round(Math.max(...work)),
        },
      });
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Builds a copy of the site `factor` times larger and measures its search. */
export async function measureSearchCost(
  factor: number,
  queries: Readonly<Record<SiteLocale, readonly string[]>>,
  log: (message: string) => void,
): Promise<SearchCost> {
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
    const locales = await measureBuiltSearch(path.join(root, 'build'), queries, log);
    return {name: `×${factor}`, pages, buildSeconds, locales};
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}

export function searchCostTable(costs: readonly SearchCost[]): string {
  const rows = costs.flatMap((cost) =>
    cost.locales.map((l) =>
      [
        `${cost.name}${cost.pages === null ? '' : ` (${cost.pages} pages)`}`,
        l.locale,
        cost.buildSeconds ?? 'n/a',
        l.indexGzipKiB,
        l.manifestGzipKiB,
        l.firstSearchKiB.median,
        `${l.firstSearchKiB.max} (${l.firstSearchKiB.index})`,
        l.firstSearchKiB.typedMax,
        l.answerMs.first,
        l.answerMs.median,
        l.answerMs.max,
        l.answerMs.medianWork,
        l.answerMs.maxWork,
      ].join(' | '),
    ),
  );
  return [
    `First search: what the search page downloads once the words are entered (at once, as the navbar's form hands them over; "typed": a letter every 100 ms), gzip on the wire (goal ≤ ${firstSearchBudgetKiB} KiB today, ≤ 120 at ten times the pages). Answer: the search page's own measure (\`${searchMeasure}\`), Chromium with its CPU slowed ${cpuSlowdown}×, served from this machine (goal ≤ 50 ms); work: the same without waiting for the index's files.`,
    '',
    '| Site | Locale | Build s | Index on disk, gzip KiB | Manifest gzip KiB | First search KiB, median | Heaviest (index files) | Heaviest typed | First answer ms, index opened | Median answer ms | Slowest ms | Median work ms | Slowest work ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
