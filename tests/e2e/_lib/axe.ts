/** axe-core's serious and critical violations on an open page, one line each. */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: {target: string[]}[];
}

/** Runs axe in the page (evaluated by the driver, so the page's CSP does not block it). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations = (await page.evaluate(`${axeSource}
    axe.run(document, {resultTypes: ['violations']}).then((result) => result.violations)`)) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.help}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
}
