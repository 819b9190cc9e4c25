import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {ReactNode} from 'react';
import './styles.module.css';

interface Props {
  /** The id of the element the link points to: a heading, a table row, a timeline entry. */
  readonly id: string;
  /** What the link is named after: the heading's or the row's text. */
  readonly label: string;
}

/**
 * The `#` link to a heading, a table row or a list entry, shown on hover and focus by CSS alone, as
 * the theme draws it for headings; named after what it points to, so a screen reader does not list
 * twenty links called "#".
 */
export default function AnchorLink({id, label}: Props): ReactNode {
  // Other pages may link the id: declare it so the broken-anchor check knows it.
  useBrokenLinks().collectAnchor(id);
  const title = translate(
    {
      id: 'theme.common.headingLinkTitle',
      message: 'Прямая ссылка на {heading}',
      description: 'Title for link to heading',
    },
    {heading: label},
  );
  /* eslint-disable @docusaurus/no-untranslated-text -- the link's one character is a zero-width
     space, not text: the link is not empty, and its `#` comes from the stylesheet. */
  return (
    <Link className="hash-link" to={`#${id}`} aria-label={title} title={title} translate="no">
      {'\u200b'}
    </Link>
  );
  /* eslint-enable @docusaurus/no-untranslated-text */
}
