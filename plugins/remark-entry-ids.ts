/**
 * Gives a list entry that opens with `{/* #id *\/}` (lib/entryIds.ts) that id, and a link to
 * itself like a heading's: `<li id="event-2022-04-21">… <AnchorLink id=… label=…/></li>`. Pure
 * build-time HTML: the link shows on hover and focus through CSS (src/components/AnchorLink).
 * A malformed id stops the build, naming the file and line.
 */
import {entryIdFormat, entryIdOfComment} from '../lib/entryIds';

interface Node {
  type: string;
  value?: string;
  /** A JSX element's. */
  name?: string;
  attributes?: readonly {type: string; name: string; value: string}[];
  children?: Node[];
  data?: {hProperties?: Record<string, unknown>};
  position?: {readonly start: {readonly line: number}};
}

interface PageFile {
  readonly path?: string;
}

/** Words of the entry the link's accessible name quotes: enough to tell entries apart. */
const labelWords = 8;

function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

function label(paragraph: Node): string {
  const words = textOf(paragraph).replace(/\s+/g, ' ').trim().split(' ');
  return words.length > labelWords ? `${words.slice(0, labelWords).join(' ')}…` : words.join(' ');
}

function anchorLink(id: string, text: string): Node {
  const attribute = (name: string, value: string) => ({type: 'mdxJsxAttribute', name, value});
  return {
    type: 'mdxJsxTextElement',
    name: 'AnchorLink',
    attributes: [attribute('id', id), attribute('label', text)],
    children: [],
  };
}

/** Takes the id comment off one entry and returns its id, or undefined for an entry without one. */
function takeEntryId(item: Node, file: PageFile): string | undefined {
  const paragraph = item.children?.[0];
  const first = paragraph?.type === 'paragraph' ? paragraph.children?.[0] : undefined;
  if (paragraph?.children === undefined || first?.type !== 'mdxTextExpression') return undefined;
  const id = entryIdOfComment(first.value ?? '');
  if (id === undefined) return undefined;
  if (!entryIdFormat.test(id)) {
    const line = first.position ? `:${first.position.start.line}` : '';
    throw new Error(
      `${file.path ?? 'a page'}${line}: entry id "${id}" must be lower-case Latin letters, digits and hyphens`,
    );
  }
  paragraph.children.shift();
  const next = paragraph.children[0];
  if (next?.type === 'text' && next.value !== undefined) next.value = next.value.trimStart();
  paragraph.children.push({type: 'text', value: ' '}, anchorLink(id, label(paragraph)));
  return id;
}

function visit(node: Node, file: PageFile): void {
  if (node.type === 'listItem') {
    const id = takeEntryId(node, file);
    if (id !== undefined) node.data = {...node.data, hProperties: {...node.data?.hProperties, id}};
  }
  for (const child of node.children ?? []) visit(child, file);
}

export default function remarkEntryIds() {
  return (tree: Node, file: PageFile): void => visit(tree, file);
}
