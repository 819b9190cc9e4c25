import Link from '@docusaurus/Link';
import {Fragment, type ReactNode} from 'react';

interface Props {
  readonly links: readonly {readonly to: string; readonly label: string}[];
}

/**
 * Links in running text, separated by commas. No element wraps each one: the glossary alone lists
 * some 300, and every element is work for a cheap phone when the page starts.
 */
export default function LinkList({links}: Props): ReactNode {
  return links.map(({to, label}, index) => (
    <Fragment key={to}>
      {index > 0 && ', '}
      <Link to={to}>{label}</Link>
    </Fragment>
  ));
}
