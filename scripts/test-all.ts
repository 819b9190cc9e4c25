/**
 * `npm test`: everything CI checks (typecheck, lint, format, unit tests, translation check, build,
 * browser tests), in order, each step reported, then one closing line
 * `N passed, N failed` (CI reads that line; each non-Vitest step counts as one test).
 * Browser tests need the build, so they are skipped as failed when the build fails.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

interface Outcome {
  readonly step: string;
  readonly passed: number;
  readonly failed: number;
}

const resultsDir = mkdtempSync(path.join(tmpdir(), 'nc-sos-test-'));

function run(command: string, args: readonly string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, {stdio: 'inherit', env: {...process.env, FORCE_COLOR: '1'}}).status ===
    0
  );
}

function step(name: string, command: string, args: readonly string[]): Outcome {
  const ok = run(command, args);
  return {step: name, passed: ok ? 1 : 0, failed: ok ? 0 : 1};
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
}

function vitest(project: string): Outcome {
  const output = path.join(resultsDir, `${project}.json`);
  const ok = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  try {
    const result = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
    // A file that fails to load has no failed test of its own: count it, so it cannot pass silently.
    const unexplained = !ok && result.numFailedTests === 0 ? 1 : 0;
    return {
      step: `vitest ${project}`,
      passed: result.numPassedTests,
      failed: result.numFailedTests + unexplained,
    };
  } catch {
    return {step: `vitest ${project}`, passed: 0, failed: 1};
  }
}

const outcomes: Outcome[] = [
  step('typecheck', 'npx', ['tsc', '--noEmit']),
  step('eslint', 'npx', ['eslint', '.']),
  step('prettier', 'npx', ['prettier', '--check', '.']),
  vitest('unit'),
  step('translations (none missing)', 'npx', [
    'tsx',
    'scripts/translations.ts',
    'status',
    '--check',
  ]),
];
// Rspack's persistent cache can serve a bundle older than the code (MAINTAINING.md, "Troubleshooting"): the
// browser tests must never pass on a stale build, so the build starts from nothing.
const cleared = run('npx', ['docusaurus', 'clear']);
const build = cleared
  ? step('build (both locales, from a cleared cache)', 'npx', ['docusaurus', 'build'])
  : {step: 'docusaurus clear (before the build)', passed: 0, failed: 1};
outcomes.push(
  build,
  build.failed ? {step: 'vitest e2e (needs the build)', passed: 0, failed: 1} : vitest('e2e'),
);

console.log('\nSummary');
for (const {step: name, passed, failed} of outcomes) {
  console.log(`  ${failed ? '✗' : '✓'} ${name}: ${passed} passed, ${failed} failed`);
}
const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
