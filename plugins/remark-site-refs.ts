/**
 * Checks, while a page compiles, that every `<Term id>` names a glossary entry and every `<Cite id>` a
 * source listed in the page's `sources:` front matter. A wrong id stops the build with the file and id,
 * instead of rendering a link to nowhere. A `:::note` box stops it too: the site does not load the
 * theme's boxes (src/theme/MDXComponents.tsx), and the box would show as bare text.
 */
import {isTermId} from '../src/data/glossary';
import {sourceIds} from '../src/data/sources';
import {termIdsIn} from './localized-data/pageGlossary';

interface MdxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
}

interface MdxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly MdxAttribute[];
  readonly children?: readonly MdxNode[];
  readonly position?: {readonly start: {readonly line: number}};
}

interface PageFile {
  readonly path?: string;
  readonly value?: unknown;
  readonly data: {readonly frontMatter?: Record<string, unknown>};
}

function* descendants(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* descendants(child);
}

function idOf(node: MdxNode): string | undefined {
  const attribute = node.attributes?.find(
    (attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'id',
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * `source`, the page's text, is where the build reads the page's terms from (its glossary file is
 * written before the page compiles); the two readings must agree.
 */
export function pageRefProblems(
  tree: MdxNode,
  frontMatter: Record<string, unknown> = {},
  source?: string,
): string[] {
  const problems: string[] = [];
  const termIds: string[] = [];
  const listedTermIds = termIdsIn(source ?? '');
  const listed = Array.isArray(frontMatter.sources) ? frontMatter.sources.map(String) : [];
  for (const id of listed) {
    if (!(sourceIds as readonly string[]).includes(id)) {
      problems.push(
        `front matter "sources" lists unknown source id "${id}" (see src/data/sources.ts)`,
      );
    }
  }
  const subjects = Array.isArray(frontMatter.subjects) ? frontMatter.subjects.map(String) : [];
  for (const id of subjects.filter((subject) => !isTermId(subject))) {
    problems.push(
      `front matter "subjects" lists "${id}", which is not in the glossary (src/data/glossary/)`,
    );
  }
  for (const node of descendants(tree)) {
    const line = node.position ? `line ${node.position.start.line}: ` : '';
    if (node.type === 'containerDirective') {
      problems.push(
        `${line}":::${node.name ?? ''}" boxes do not show on this site; a content note is <ContentNote>`,
      );
    }
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') continue;
    const id = idOf(node);
    // Any id present in the text counts as in the text, known or not: an unknown one gets one message.
    if (node.name === 'Term' && id !== undefined) termIds.push(id);
    if (node.name === 'Term' && (id === undefined || !isTermId(id))) {
      problems.push(`${line}<Term id="${id ?? ''}"> is not in the glossary (src/data/glossary/)`);
    } else if (node.name === 'Term' && id !== undefined) {
      if (source !== undefined && !listedTermIds.includes(id)) {
        problems.push(`${line}<Term id="${id}">: write the id first, as <Term id="${id}">`);
      }
    }
    if (
      node.name === 'Cite' &&
      id !== undefined &&
      !(sourceIds as readonly string[]).includes(id)
    ) {
      problems.push(`${line}<Cite id="${id}">: no source has this id (see src/data/sources.ts)`);
    } else if (node.name === 'Cite' && (id === undefined || !listed.includes(id))) {
      problems.push(`${line}<Cite id="${id ?? ''}"> is not in the page's front matter "sources"`);
    }
  }
  for (const id of listedTermIds.filter((read) => !termIds.includes(read))) {
    problems.push(
      `<Term id="${id}"> stands outside the page's text (a comment or code?), yet its list of names would show it`,
    );
  }
  return problems;
}

export default function remarkSiteRefs() {
  return (tree: MdxNode, file: PageFile): void => {
    const problems = pageRefProblems(
      tree,
      file.data.frontMatter,
      typeof file.value === 'string' ? file.value : undefined,
    );
    if (problems.length > 0) {
      throw new Error(`${file.path ?? 'a page'}:\n  ${problems.join('\n  ')}`);
    }
  };
}
