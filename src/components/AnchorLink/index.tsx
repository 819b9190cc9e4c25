import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {ReactNode} from 'react';
import '@site/src/theme/Heading/styles.module.css';

/**
 * The link to an element with `id`, shown on hover and focus: what a journalist copies to quote a
 * heading, a table row or a glossary entry. Named after `label` for screen readers, as the theme's
 * heading links are. Registers the anchor, so a link to it elsewhere is checked by the build.
 */
export default function AnchorLink({
  id,
  label,
}: {
  readonly id: string;
  readonly label: string;
}): ReactNode {
  useBrokenLinks().collectAnchor(id);
  const title = translate(
    {
      id: 'theme.common.headingLinkTitle',
      message: 'Прямая ссылка на {heading}',
      description: 'Title for link to heading',
    },
    {heading: label || id},
  );
  // Its one character is a zero-width space, not text: the link is not empty, and its `#` comes
  // from the stylesheet.
  const zeroWidthSpace = '\u200b';
  return (
    <Link className="hash-link" to={`#${id}`} aria-label={title} title={title} translate="no">
      {zeroWidthSpace}
    </Link>
  );
}
