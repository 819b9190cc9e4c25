import {Fragment, isValidElement, type ReactNode} from 'react';

/**
 * The text a heading shows, read from its children: text, and the text of HTML elements and
 * fragments, their parts separated by a space. Empty when a component renders part of it, since
 * what a component renders (a translation, say) is not in its props.
 */
export function headingText(children: ReactNode): string {
  const parts: string[] = [];
  function collect(node: ReactNode): boolean {
    if (typeof node === 'string' || typeof node === 'number') {
      parts.push(String(node));
      return true;
    }
    if (node === null || node === undefined || typeof node === 'boolean') return true;
    if (Array.isArray(node)) return node.every(collect);
    if (isValidElement<{children?: ReactNode}>(node)) {
      const hostOrFragment = typeof node.type === 'string' || node.type === Fragment;
      return hostOrFragment && collect(node.props.children);
    }
    return false;
  }
  return collect(children) ? parts.join(' ').replace(/\s+/g, ' ').trim() : '';
}
