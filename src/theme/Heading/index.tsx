import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import type {Props} from '@theme/Heading';
import clsx from 'clsx';
import type {ReactNode} from 'react';
import {headingText} from './_utils';
import './styles.module.css';

/**
 * The theme's heading, whose link to itself is named after the heading's text. The theme names it
 * after the id when the heading holds markup, so a screen reader announced a glossary entry as
 * «Прямая ссылка на vladislav-horin».
 */
export default function Heading({as: As, id, ...props}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  // A page's title is not linked: it is not in the table of contents.
  if (As === 'h1' || !id) {
    return <As {...props} id={undefined} />;
  }
  brokenLinks.collectAnchor(id);
  const anchorTitle = translate(
    {
      id: 'theme.common.headingLinkTitle',
      message: 'Прямая ссылка на {heading}',
      description: 'Title for link to heading',
    },
    {heading: headingText(props.children) || id},
  );
  return (
    <As {...props} className={clsx('anchor', anchorTargetClassName, props.className)} id={id}>
      {props.children}
      {/* eslint-disable-next-line @docusaurus/no-untranslated-text -- its one character is a
          zero-width space, not text: the link is not empty, and its `#` comes from the stylesheet. */}
      <Link
        className="hash-link"
        to={`#${id}`}
        aria-label={anchorTitle}
        title={anchorTitle}
        translate="no">
        {'\u200b'}
      </Link>
    </As>
  );
}
