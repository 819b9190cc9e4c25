/**
 * Checks, while a page compiles, that every `<Term id>` names a glossary entry and every `<Cite id>` a
 * source listed in the page's `sources:` front matter. A wrong id stops the build with the file and id,
 * instead of rendering a link to nowhere. A `:::note` box stops it too: the site does not load the
 * theme's boxes (src/theme/MDXComponents.tsx), and the box would show as bare text.
 */
import {isTermId} from '../src/data/glossary';
import {sourceIds} from '../src/data/sources';

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

export function pageRefProblems(
  tree: MdxNode,
  frontMatter: Record<string, unknown> = {},
): string[] {
  const problems: string[] = [];
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
    if (node.name === 'Term' && (id === undefined || !isTermId(id))) {
      problems.push(`${line}<Term id="${id ?? ''}"> is not in the glossary (src/data/glossary/)`);
    }
    if (node.name === 'Cite' && (id === undefined || !listed.includes(id))) {
      problems.push(`${line}<Cite id="${id ?? ''}"> is not in the page's front matter "sources"`);
    }
  }
  return problems;
}

export default function remarkSiteRefs() {
  return (tree: MdxNode, file: PageFile): void => {
    const problems = pageRefProblems(tree, file.data.frontMatter);
    if (problems.length > 0) {
      throw new Error(`${file.path ?? 'a page'}:\n  ${problems.join('\n  ')}`);
    }
  };
}
