/**
 * Every page compiles as MDX with the site's reference check, in seconds and before any build: an MDX
 * syntax error or an unknown `<Term>`/`<Cite>` id fails here with the file and the line in the file.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {unwrapMdxCodeBlocks} from '@docusaurus/utils';
import {type CompileOptions, compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkSiteRefs from '../../plugins/remark-site-refs';
import {listPages, pagesDir, siteDir, splitFrontMatter} from '../../lib/pages';
import {localeCodes} from '../../src/i18n/locales';

// The plugin types its file narrowly (front matter in `data`), as Docusaurus's loader fills it.
const siteRefs = remarkSiteRefs as unknown as NonNullable<CompileOptions['remarkPlugins']>[number];

/**
 * Compiles a page the way the build reads it: the front matter becomes blank lines so lines match the
 * file, and code blocks go through Docusaurus's own preprocessing. Heading ids are MDX comments,
 * which need none; an MDX 1 `{#id}` fails here as it fails the build.
 */
async function compilePage(file: string, raw: string): Promise<void> {
  const {frontMatter, body} = splitFrontMatter(raw, file);
  const frontMatterLines = raw.slice(0, raw.length - body.length).split('\n').length - 1;
  const value = unwrapMdxCodeBlocks('\n'.repeat(frontMatterLines) + body);
  const page = new VFile({path: file, value, data: {frontMatter}});
  try {
    await compile(page, {remarkPlugins: [remarkGfm, remarkDirective, siteRefs]});
  } catch (error) {
    const message = (error as Error).message;
    // The reference check already names the file; a parse error gives only its line and column.
    if (message.startsWith(`${file}:`)) throw error;
    const {line, column} = error as {line?: number; column?: number};
    const where = line === undefined ? '' : `:${line}:${column ?? 1}`;
    throw new Error(`${file}${where}: ${message}`, {cause: error});
  }
}

describe('a broken page', () => {
  it('fails with the file and the line of an MDX syntax error', async () => {
    await expect(
      compilePage('docs/a.mdx', '---\ntitle: A\n---\n\nText <Term id="sphere">x\n'),
    ).rejects.toThrow(/^docs\/a\.mdx:5:\d+: /);
  });
  it('fails on an MDX 1 heading id, which the build no longer reads', async () => {
    await expect(
      compilePage('docs/a.mdx', '---\ntitle: A\n---\n\n## Название {#name}\n'),
    ).rejects.toThrow(/^docs\/a\.mdx:5:\d+: /);
  });
  it('fails naming an unknown term', async () => {
    await expect(
      compilePage('docs/a.mdx', '---\ntitle: A\n---\n\n<Term id="spehre">x</Term>\n'),
    ).rejects.toThrow('line 5: <Term id="spehre"> is not in the glossary');
  });
});

const pages = localeCodes.flatMap((locale) =>
  listPages(locale).map((page) => `${pagesDir(locale)}/${page}`),
);

it.each(pages)('%s compiles with known terms and sources', async (file) => {
  await compilePage(file, readFileSync(path.join(siteDir, file), 'utf8'));
});
