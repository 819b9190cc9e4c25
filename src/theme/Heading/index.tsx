import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import type {Props} from '@theme/Heading';
import clsx from 'clsx';
import type {ReactNode} from 'react';
import AnchorLink from '@site/src/components/AnchorLink';
import {headingText} from './_utils';

/**
 * The theme's heading, whose link to itself is named after the heading's text. The theme names it
 * after the id when the heading holds markup, so a screen reader announced a glossary entry as
 * «Прямая ссылка на vladislav-horin».
 */
export default function Heading({as: As, id, ...props}: Props): ReactNode {
  const anchorTargetClassName = useAnchorTargetClassName(id);
  // A page's title is not linked: it is not in the table of contents.
  if (As === 'h1' || !id) {
    return <As {...props} id={undefined} />;
  }
  return (
    <As {...props} className={clsx('anchor', anchorTargetClassName, props.className)} id={id}>
      {props.children}
      <AnchorLink id={id} label={headingText(props.children) || id} />
    </As>
  );
}
