/**
 * The content pages as files: where each locale keeps them, their front matter and body. Shared by
 * the content tests, the translation status and the checks, so all read pages the same way.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseMarkdownHeadingId} from '@docusaurus/utils';
import {parse as parseYaml, YAMLError} from 'yaml';
import {FileParseError} from './jsonFile';
import {sourceLocale} from '../src/i18n/locales';

// __dirname: jiti (the config loader) compiles to CommonJS, where import.meta does not exist.
export const siteDir = path.resolve(__dirname, '..');

/** Folder of a locale's pages, relative to the site: `docs` for Russian, the i18n folder otherwise. */
export function pagesDir(locale: string): string {
  return locale === sourceLocale ? 'docs' : `i18n/${locale}/docusaurus-plugin-content-docs/current`;
}

/** Page paths relative to the locale's folder (`history/sphere.mdx`), sorted. */
export function listPages(locale: string, root: string = siteDir): string[] {
  const dir = path.join(root, pagesDir(locale));
  let entries: string[];
  try {
    entries = readdirSync(dir, {recursive: true, encoding: 'utf8'});
  } catch {
    return [];
  }
  return entries
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export interface Page {
  /** Path relative to the locale's folder. */
  readonly path: string;
  /** Path relative to the site, for messages. */
  readonly file: string;
  readonly raw: string;
  readonly frontMatter: Record<string, unknown>;
  readonly body: string;
}

/**
 * YAML reports an unclosed quote where it gave up looking for the closing one, often the end of the
 * front matter; the contributor needs the line that opens it: the last line up to `line` whose value
 * starts with a quote it does not close.
 */
function unclosedQuote(yaml: string, line: number): {line: number; col: number} | undefined {
  const lines = yaml.split(/\r?\n/).slice(0, line);
  for (let index = lines.length - 1; index >= 0; index--) {
    const opening = /^([^#"']*?:\s*|\s*-\s*)(["'])/.exec(lines[index] ?? '');
    if (!opening) continue;
    const [prefix = '', quote = ''] = [opening[1], opening[2]];
    const rest = (lines[index] ?? '').slice(prefix.length + 1);
    const closed =
      quote === '"' ? /(?:^|[^\\])"/.test(rest) : rest.replace(/''/g, '').includes("'");
    return closed ? undefined : {line: index + 1, col: prefix.length + 1};
  }
  return undefined;
}

/**
 * Front matter and body of a page. A YAML mistake throws `file:line:column: invalid front matter`,
 * the line counted in the file (YAML counts from the line after the opening `---`).
 * Not Docusaurus's async `parseFrontMatter`: every caller here (tests at collection time, the
 * translations tool, the status plugin) reads synchronously.
 */
export function splitFrontMatter(
  raw: string,
  file = '(page)',
): {
  frontMatter: Record<string, unknown>;
  body: string;
} {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!match) return {frontMatter: {}, body: raw};
  let parsed: unknown;
  try {
    parsed = parseYaml(match[1] ?? '');
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    const yaml = match[1] ?? '';
    const [start] = error.linePos ?? [];
    const at = unclosedQuote(yaml, start?.line ?? 1) ?? {
      line: start?.line ?? 1,
      col: start?.col ?? 1,
    };
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new FileParseError(file, at.line + 1, at.col, `invalid front matter: ${reason}`);
  }
  const frontMatter =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  return {frontMatter, body: raw.slice(match[0].length)};
}

export function readPage(locale: string, pagePath: string, root: string = siteDir): Page {
  const file = `${pagesDir(locale)}/${pagePath}`;
  const raw = readFileSync(path.join(root, file), 'utf8');
  return {path: pagePath, file, raw, ...splitFrontMatter(raw, file)};
}

// Explicit heading ids (`## Title {/* #id */}`) in order, read by Docusaurus's own parser; a heading
// without one, or with the MDX 1 form `{#id}`, which the build no longer reads, yields null.
export function headingIds(body: string): (string | null)[] {
  return [...body.matchAll(/^#{2,6}\s+(.*)$/gm)].map(
    (match) => parseMarkdownHeadingId(match[1] ?? '', 'mdx-comment').id ?? null,
  );
}

/**
 * The body as a reader sees its words: no `import` lines, JSX tags, link targets or comments (heading
 * ids included).
 */
export function proseOf(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
}

/**
 * Every number in the prose, normalized so both languages compare: Russian `17 000` and `1,5`,
 * English `17,000` and `1.5` all become `17000` and `1.5`.
 */
export function numbersIn(body: string, locale: string): string[] {
  const prose = proseOf(body);
  const pattern =
    locale === 'en' ? /\d+(?:,\d{3})*(?:\.\d+)?/g : /\d+(?:[\u00a0\u202f]\d{3})*(?:,\d+)?/g;
  return [...prose.matchAll(pattern)]
    .map(([number]) =>
      locale === 'en'
        ? number.replace(/,/g, '')
        : number.replace(/[\u00a0\u202f]/g, '').replace(',', '.'),
    )
    .sort();
}
