/**
 * The locale's typography on the text of every page (src/i18n/typography.ts): in Russian,
 * non-breaking spaces after short words, before dashes and after numbers. Only text nodes change:
 * code, link targets, JSX attributes and front matter are never text nodes. It runs before
 * Docusaurus's own remark plugins, so the table of contents, made from the headings, gets the same
 * spaces. A heading's id, an MDX comment, is an expression node the typography never sees, and
 * Docusaurus trims the space before it, non-breaking or not.
 */
import {typographyFor} from '../src/i18n/typography';

export interface MdNode {
  readonly type: string;
  value?: unknown;
  readonly children?: readonly MdNode[];
}

/** The text a reader sees in `node`, as far as it helps to tell where a word ends. */
function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') {
    return typeof node.value === 'string' ? node.value : '';
  }
  return (node.children ?? []).map(textOf).join('');
}

/** Applies the typography of `locale` to every text node under `tree`, in place. */
export function typesetTree(tree: MdNode, locale: string): void {
  const typeset = typographyFor(locale);
  const visit = (node: MdNode): void => {
    const children = node.children ?? [];
    children.forEach((child, index) => {
      if (child.type === 'text' && typeof child.value === 'string') {
        // A text node after an element may continue that element's last word.
        const previous = children[index - 1];
        child.value = typeset(child.value, previous === undefined ? '' : textOf(previous));
      } else {
        visit(child);
      }
    });
  };
  visit(tree);
}

export default function remarkTypography({locale}: {readonly locale: string}) {
  return (tree: MdNode): void => typesetTree(tree, locale);
}
