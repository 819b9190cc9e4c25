/**
 * `npm run bench`: how heavy and how fast the site is, measured the same way each time so that runs
 * compare. It reports, it does not judge (the goals are in MAINTAINING.md, "Benchmark"):
 *
 * 1. a cold build of both locales (caches removed), wall-clock seconds;
 * 2. the built site (a copy of build/) served from localhost with gzip, as a static host would;
 * 3. bytes on the wire for a first visit (empty cache) of a home page and a doc page per locale,
 *    in total and for JavaScript alone;
 * 4. Lighthouse mobile scores for the same pages;
 * 5. the offline search (scripts/lib/searchCost.ts): each locale's index size, what a first search
 *    downloads, and the search page's answer time with the CPU slowed 4×, in Chromium.
 *
 * 6. the quick exit's answer while a page loads, CPU slowed 4×, against a bare page with one exit
 *    link (scripts/lib/quickExitTiming.ts).
 *
 * Prints Markdown tables on stdout (progress and build logs go to stderr) and writes
 * bench/results.json. Options:
 *   --skip-build        measure the existing build/ instead of building;
 *   --build-dir <dir>   measure that build folder instead (implies --skip-build), e.g. two builds
 *                       of different commits side by side;
 *   --only <steps>      only these, comma-separated: pages (first visits, Lighthouse, every page),
 *                       quick-exit, search, search-cost (the site built at today's size and ten
 *                       times it, in temporary folders: build time, index size, first search,
 *                       answer time);
 *   --results <file>    write the JSON there instead of bench/results.json.
 */
import {chromiumFlags, chromiumPath} from '../lib/chromium';
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {
  firstVisitBudgetFor,
  firstVisitBudgetKiB,
  kib,
  measureTransfer,
  type Transfer,
} from '../lib/firstVisit';
import {localeInfo} from '../src/i18n/locales';
import {
  bareExitPage,
  cpuSlowdown,
  type ExitTimings,
  measureExitTimings,
  median,
  tapDelaysMs,
} from './lib/quickExitTiming';
import {siteDir} from '../lib/pages';
import {
  measureBuiltSearch,
  measureSearchCost,
  searchCostTable,
  type LocaleSearchCost,
  type SearchCost,
} from './lib/searchCost';
import {sitemapPaths} from '../lib/sitemap';
import {serveStatic} from '../lib/staticServer';

/** The value after `--name` on the command line, if any. */
function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

const givenBuildDir = option('build-dir');
const buildDir = givenBuildDir ? path.resolve(givenBuildDir) : path.join(siteDir, 'build');
/** What is measured: a copy of the build (see `snapshotBuild`). bench/tmp/ is git-ignored. */
const snapshotDir = path.join(siteDir, 'bench', 'tmp', 'build');
const resultsFile = path.resolve(option('results') ?? path.join(siteDir, 'bench', 'results.json'));

const steps = ['pages', 'quick-exit', 'search', 'search-cost'] as const;
type Step = (typeof steps)[number];
const only = option('only')?.split(',');
const unknownSteps = only?.filter((step) => !(steps as readonly string[]).includes(step)) ?? [];
if (unknownSteps.length > 0) {
  throw new Error(`--only: unknown ${unknownSteps.join(', ')} (steps: ${steps.join(', ')})`);
}
const runs = (step: Step): boolean => only === undefined || only.includes(step);

interface BenchPage {
  readonly locale: 'ru' | 'en';
  readonly path: string;
}

/**
 * In each locale: the home page, a long doc page (a typical reading visit) and the timeline, the
 * longest page and so the one that loads the most. Every other page is weighed too (`everyPage`).
 */
const benchPages: readonly BenchPage[] = [
  {locale: 'ru', path: '/'},
  {locale: 'ru', path: '/history/sphere'},
  {locale: 'ru', path: '/history/timeline'},
  {locale: 'en', path: '/en/'},
  {locale: 'en', path: '/en/history/sphere'},
  {locale: 'en', path: '/en/history/timeline'},
];

/** Queries a reader would type: names, places and topics of the site, one and several words. */
const searchQueries: Record<BenchPage['locale'], readonly string[]> = {
  ru: [
    'Сфера',
    'эвакуация',
    'иностранный агент',
    'Чечня',
    'убийство чести',
    'Ингушетия',
    'Дагестан',
    'Кадыров',
    'ЛГБТ',
    'гендерное насилие',
    'убежище',
    'Российская ЛГБТ-сеть',
    'преследование',
    'похищение',
    'Грозный',
    'документирование',
    'Эгида',
    'кризисная группа',
    'суд',
    'эваку',
  ],
  en: [
    'Sphere',
    'evacuation',
    'foreign agent',
    'Chechnya',
    'honour killing',
    'Ingushetia',
    'Dagestan',
    'Kadyrov',
    'LGBT',
    'gender violence',
    'shelter',
    'Russian LGBT Network',
    'persecution',
    'abduction',
    'Grozny',
    'documentation',
    'Aegis',
    'crisis group',
    'court',
    'evacu',
  ],
};

const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type LighthouseCategory = (typeof lighthouseCategories)[number];
/** The categories' scores, and total blocking time in ms (issue #22's goal: ≤ 200 on every page). */
type Scores = Record<LighthouseCategory | 'totalBlockingTimeMs', number | null>;

interface PageResult extends BenchPage {
  readonly requests: number;
  readonly totalKiB: number;
  readonly javaScriptKiB: number;
  /** Part of the total that Docusaurus prefetched for links in view, JavaScript chunks mostly. */
  readonly prefetchKiB: number;
  /** Null when Lighthouse could not run; `lighthouseError` in the results says why. */
  readonly lighthouse: Scores | null;
}

/** The first visit of every page in the sitemaps, measured like the pages above. */
interface EveryPage {
  readonly pages: number;
  readonly withinGoal: number;
  /** The five heaviest, heaviest first. */
  readonly heaviest: readonly {readonly path: string; readonly totalKiB: number}[];
}

interface Results {
  readonly buildDir: string;
  readonly date: string;
  readonly commit: string | null;
  readonly node: string;
  readonly chromium: string;
  readonly lighthouse: string;
  readonly lighthouseRunsPerPage: number;
  readonly buildSeconds: number | null;
  readonly pages: readonly PageResult[];
  readonly everyPage: EveryPage;
  readonly lighthouseError: string | null;
  /** The search of the built site; empty when not measured. */
  readonly search: readonly LocaleSearchCost[];
  /** The site's page and the bare page, in that order; empty when not measured. */
  readonly quickExit: readonly ExitTimings[];
}

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function commandOutput(command: string, args: readonly string[]): string | null {
  const result = spawnSync(command, args, {cwd: siteDir, encoding: 'utf8'});
  return result.status === 0 ? result.stdout.trim() : null;
}

// ── 1. Cold build ────────────────────────────────────────────────────────────────────────────────

/** Seconds for `docusaurus build` of both locales with every cache removed, as on a fresh clone. */
function coldBuild(): number {
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache']) {
    rmSync(path.join(siteDir, dir), {recursive: true, force: true});
  }
  log('Building both locales from cold…');
  const start = performance.now();
  // The build's own output goes to stderr, so that stdout carries only the tables.
  const {status} = spawnSync('npx', ['docusaurus', 'build'], {
    cwd: siteDir,
    stdio: ['ignore', 2, 2],
  });
  const seconds = (performance.now() - start) / 1000;
  if (status !== 0) throw new Error(`docusaurus build failed (exit ${status ?? 'signal'})`);
  return round(seconds, 1);
}

// ── 2. The site as served ────────────────────────────────────────────────────────────────────────

/**
 * Copies build/ as soon as it is built, and measures the copy: another build in the same tree (a
 * test run, a colleague's preview) replaces build/ wholesale, and pages or search indexes that
 * vanished or changed mid-run would fail the run or mix two builds in one report.
 */
function snapshotBuild(): void {
  rmSync(snapshotDir, {recursive: true, force: true});
  cpSync(buildDir, snapshotDir, {recursive: true});
}

// ── 3. Bytes on the wire ─────────────────────────────────────────────────────────────────────────

/** First visits of `pages`, one after another in one browser, each in a new context. */
async function firstVisits<Page extends {readonly path: string}>(
  origin: string,
  pages: readonly Page[],
): Promise<[Page, Transfer][]> {
  const transfers: [Page, Transfer][] = [];
  const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags});
  try {
    for (const page of pages) {
      log(`First visit of ${page.path}…`);
      transfers.push([page, await measureTransfer(browser, `${origin}${page.path}`)]);
    }
  } finally {
    await browser.close();
  }
  return transfers;
}

async function everyPage(origin: string): Promise<EveryPage> {
  const transfers = await firstVisits(origin, sitemapPaths(snapshotDir));
  const weights = transfers
    .map(([page, transfer]) => ({path: page.path, totalKiB: kib(transfer.totalBytes)}))
    .sort((a, b) => b.totalKiB - a.totalKiB);
  return {
    pages: weights.length,
    withinGoal: weights.filter((page) => page.totalKiB <= firstVisitBudgetFor(page.path)).length,
    heaviest: weights.slice(0, 5),
  };
}

// ── 4. Lighthouse ────────────────────────────────────────────────────────────────────────────────

/**
 * Lighthouse is not a dependency of the site: with puppeteer it is some 64 MB that every CI run would
 * install, and its trace engine asks for `third-party-web@latest`, which made `npm install` rewrite
 * package-lock.json. The benchmark installs this pinned version once into bench/tmp/ (git-ignored)
 * from the npm registry, so runs compare.
 */
const lighthouseVersion = '12.8.2';
const lighthouseHome = path.join(siteDir, 'bench', 'tmp', `lighthouse-${lighthouseVersion}`);
/** Full reports, for a closer look at a score. */
const lighthouseReportsDir = path.join(siteDir, 'bench', 'tmp', 'lighthouse');

/** The few fields of a Lighthouse JSON report read here. */
interface LighthouseReport {
  readonly runtimeError?: {readonly code: string; readonly message: string};
  readonly categories: Partial<Record<string, {readonly score: number | null}>>;
  readonly audits: Partial<Record<string, {readonly numericValue?: number}>>;
}

/** The pinned Lighthouse's CLI, installed on first use. */
function lighthouseCli(): string {
  const cli = path.join(lighthouseHome, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (existsSync(cli)) return cli;
  log(`Installing Lighthouse ${lighthouseVersion} into ${path.relative(siteDir, lighthouseHome)}…`);
  mkdirSync(lighthouseHome, {recursive: true});
  const {status} = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      lighthouseHome,
      '--no-save',
      '--no-audit',
      '--no-fund',
      `lighthouse@${lighthouseVersion}`,
    ],
    {stdio: 'inherit'},
  );
  if (status !== 0 || !existsSync(cli)) {
    throw new Error(`npm could not install lighthouse@${lighthouseVersion} into ${lighthouseHome}`);
  }
  return cli;
}

/** `ru-home`, `en-history-sphere`: a file name for a page's report. */
function reportName({locale, path: pagePath}: BenchPage): string {
  const withinLocale = pagePath.replace(new RegExp(`^/${locale}(?=/|$)`), '');
  return `${locale}-${withinLocale.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}`;
}

/** Runs a command to its end without blocking the event loop, which the static server needs. */
function runAsync(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: siteDir, env, stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`exit ${code}: ${stderr.trim().slice(-500)}`)),
    );
  });
}

/**
 * Lighthouse's CLI in its own plain Node process: under tsx, esbuild renames functions with a
 * `__name` helper, and the page functions Lighthouse sends to the browser then fail with
 * "__name is not defined". chrome-launcher starts Chromium from CHROME_PATH with exactly
 * `chromiumFlags` (its own defaults ignored) and a fresh profile for each run. Lighthouse's default
 * settings are the mobile ones (emulated Moto G Power, simulated slow 4G and 4× CPU slowdown).
 */
async function lighthouseScores(url: string, name: string): Promise<Scores> {
  mkdirSync(lighthouseReportsDir, {recursive: true});
  const report = path.join(lighthouseReportsDir, `${name}.json`);
  await runAsync(
    process.execPath,
    [
      lighthouseCli(),
      url,
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${lighthouseCategories.join(',')}`,
      `--chrome-flags=${chromiumFlags.join(' ')}`,
      '--chrome-ignore-default-flags',
      '--quiet',
    ],
    {...process.env, CHROME_PATH: chromiumPath},
  );
  const {runtimeError, categories, audits} = JSON.parse(
    readFileSync(report, 'utf8'),
  ) as LighthouseReport;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code}: ${runtimeError.message}`);
  const score = (id: LighthouseCategory): number | null => {
    const value = categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const blocking = audits['total-blocking-time']?.numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    totalBlockingTimeMs: typeof blocking === 'number' ? Math.round(blocking) : null,
  };
}

/**
 * Lighthouse runs per page. Scores move by several points from run to run on a 2-core machine (the
 * performance score most); the median of three is steadier than one run.
 */
const lighthouseRunsPerPage = 3;

/** Each category's median over the runs that scored it. */
function medianScores(runs: readonly Scores[]): Scores {
  const of = (category: keyof Scores): number | null => {
    const values = runs.flatMap((run) => (run[category] === null ? [] : [run[category]]));
    return values.length > 0 ? median(values) : null;
  };
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    'best-practices': of('best-practices'),
    seo: of('seo'),
    totalBlockingTimeMs: of('totalBlockingTimeMs'),
  };
}

/** Scores of every page, or why Lighthouse could not run: then no page gets any score. */
async function lighthouseRuns(
  origin: string,
): Promise<{scores: Map<BenchPage, Scores>; error: string | null}> {
  const scores = new Map<BenchPage, Scores>();
  try {
    for (const page of benchPages) {
      const runs: Scores[] = [];
      for (let run = 1; run <= lighthouseRunsPerPage; run += 1) {
        log(`Lighthouse on ${page.path} (${run}/${lighthouseRunsPerPage})…`);
        runs.push(await lighthouseScores(`${origin}${page.path}`, `${reportName(page)}-${run}`));
      }
      scores.set(page, medianScores(runs));
    }
    return {scores, error: null};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`Lighthouse failed: ${message}`);
    return {scores: new Map(), error: message};
  }
}

// ── 6. Report ────────────────────────────────────────────────────────────────────────────────────

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((cell, i) => (i === 0 ? '---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

const orNa = (value: number | null | undefined): string | number => value ?? 'n/a';

function markdownReport(results: Results): string {
  const pages = table(
    [
      'First visit',
      'Requests',
      'Total KiB',
      'JS KiB',
      'Prefetch KiB',
      'TBT ms',
      'Perf.',
      'A11y',
      'Best pr.',
      'SEO',
    ],
    results.pages.map((page) => [
      `\`${page.path}\``,
      page.requests,
      ...[page.totalKiB, page.javaScriptKiB, page.prefetchKiB].map((size) => size.toFixed(1)),
      orNa(page.lighthouse?.totalBlockingTimeMs),
      ...lighthouseCategories.map((category) => orNa(page.lighthouse?.[category])),
    ]),
  );
  const search = searchCostTable([
    {name: 'as built', pages: null, buildSeconds: null, locales: results.search},
  ]);
  const build =
    results.buildSeconds === null ? 'skipped (`--skip-build`)' : `${results.buildSeconds} s`;
  const bare = results.quickExit.at(-1);
  const quickExit = table(
    ['Quick exit during load', 'Taps', 'Median ms', 'Worst ms', 'Unanswered', '× bare (median)'],
    results.quickExit.map((page) => [
      page.name,
      page.answersMs.length + page.unanswered,
      page.medianMs,
      page.worstMs,
      page.unanswered,
      bare ? (page.medianMs / bare.medianMs).toFixed(1) : 'n/a',
    ]),
  );
  return [
    `Cold build of both locales: ${build}. Build measured: \`${results.buildDir}\`. ` +
      `Node ${results.node}, ${results.chromium}, ` +
      `Lighthouse ${results.lighthouse} (median of ${results.lighthouseRunsPerPage} runs), ` +
      `commit ${results.commit ?? 'unknown'}, ${results.date}.`,
    ...(results.pages.length > 0
      ? [
          '',
          pages,
          '',
          `Every page of the sitemaps: ${results.everyPage.withinGoal} of ${results.everyPage.pages} ` +
            `within their budget (${firstVisitBudgetKiB.contentPage} KiB, the search pages ` +
            `${firstVisitBudgetKiB.searchPage}); the heaviest: ` +
            results.everyPage.heaviest
              .map((page) => `\`${page.path}\` ${page.totalKiB.toFixed(1)}`)
              .join(', ') +
            '.',
        ]
      : []),
    ...(results.search.length > 0 ? ['', search] : []),
    ...(results.quickExit.length > 0
      ? [
          '',
          quickExit,
          '',
          `CPU slowed ${cpuSlowdown}×, one tap per page load at ${tapDelaysMs[0]}–${tapDelaysMs.at(-1)} ms ` +
            'after the first contentful paint; time from the tap to the request for the neutral site.',
        ]
      : []),
    ...(results.lighthouseError ? ['', `Lighthouse: n/a (${results.lighthouseError})`] : []),
  ].join('\n');
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────────

async function measurePages(
  origin: string,
): Promise<Pick<Results, 'pages' | 'everyPage' | 'lighthouseError'>> {
  const transfers = await firstVisits(origin, benchPages);
  // Lighthouse after Playwright's browser is closed: on two cores they would slow each other down.
  const lighthouse = await lighthouseRuns(origin);
  const pages = transfers.map(([page, transfer]): PageResult => ({
    ...page,
    requests: transfer.requests,
    totalKiB: kib(transfer.totalBytes),
    javaScriptKiB: kib(transfer.javaScriptBytes),
    prefetchKiB: kib(transfer.prefetchBytes),
    lighthouse: lighthouse.scores.get(page) ?? null,
  }));
  // After Lighthouse too, for the same reason.
  return {pages, everyPage: await everyPage(origin), lighthouseError: lighthouse.error};
}

/**
 * `--only search-cost`: the search's cost at today's size and ten times it (scripts/lib/searchCost.ts),
 * each built in a temporary folder; build/ is left alone.
 */
async function searchCostOnly(): Promise<void> {
  const costs: SearchCost[] = [];
  for (const factor of [1, 10]) {
    log(`Search cost: building the site ×${factor}…`);
    costs.push(await measureSearchCost(factor, searchQueries, log));
  }
  console.log(searchCostTable(costs));
}

/** Where the bare exit page is served from, in the snapshot (not a page of the site). */
const barePagePath = '/bench-bare-exit.html';
/** Rounds of taps: 15 taps per page each. */
const quickExitRounds = 2;

/** The Russian timeline, the page the issue measured, turn about with the bare page. */
async function measureQuickExit(origin: string): Promise<ExitTimings[]> {
  const exitUrl = localeInfo('ru').quickExitUrl;
  writeFileSync(path.join(snapshotDir, barePagePath), bareExitPage(exitUrl));
  const link = `a[href="${exitUrl}"]`;
  const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags});
  try {
    return await measureExitTimings(
      browser,
      [
        {name: '`/history/timeline`', url: `${origin}/history/timeline`, exitUrl, link},
        {name: 'bare page, one exit link', url: `${origin}${barePagePath}`, exitUrl, link},
      ],
      {rounds: quickExitRounds, log},
    );
  } finally {
    await browser.close();
  }
}

const noPages: Pick<Results, 'pages' | 'everyPage' | 'lighthouseError'> = {
  pages: [],
  everyPage: {pages: 0, withinGoal: 0, heaviest: []},
  lighthouseError: null,
};

async function main(): Promise<void> {
  if (only?.every((step) => step === 'search-cost')) {
    await searchCostOnly();
    return;
  }
  const skipBuild = process.argv.includes('--skip-build') || givenBuildDir !== undefined;
  const buildSeconds = skipBuild ? null : coldBuild();
  snapshotBuild();
  // Served as a static host would: gzip on the fly, `/a/b` → `a/b.html`.
  const server = await serveStatic(snapshotDir, {gzip: true});
  let measured = noPages;
  let quickExit: ExitTimings[] = [];
  try {
    if (runs('pages')) measured = await measurePages(server.origin);
    if (runs('quick-exit')) quickExit = await measureQuickExit(server.origin);
  } finally {
    await server.close();
  }
  log('Search…');
  const search = runs('search') ? await measureBuiltSearch(snapshotDir, searchQueries, log) : [];
  const results: Results = {
    buildDir: path.relative(siteDir, buildDir) || '.',
    date: new Date().toISOString(),
    commit: commandOutput('git', ['rev-parse', '--short', 'HEAD']),
    node: process.version,
    chromium: commandOutput(chromiumPath, ['--version']) ?? chromiumPath,
    lighthouse: lighthouseVersion,
    lighthouseRunsPerPage,
    buildSeconds,
    ...measured,
    search,
    quickExit,
  };
  mkdirSync(path.dirname(resultsFile), {recursive: true});
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdownReport(results));
  log(`\nWritten to ${path.relative(siteDir, resultsFile)}`);
  if (runs('search-cost')) await searchCostOnly();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
