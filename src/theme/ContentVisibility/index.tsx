import {useLocation} from '@docusaurus/router';
import type {Props} from '@theme/ContentVisibility';
import type {ReactNode} from 'react';
import {leftOut} from '../leftOut';

/** No page is a draft or unlisted, the states this banner announces. */
export default function ContentVisibility({metadata}: Props): ReactNode {
  const {pathname} = useLocation();
  const {unlisted, frontMatter} = metadata;
  const hidden = unlisted || frontMatter.unlisted || frontMatter.draft;
  return leftOut('ContentVisibility', Boolean(hidden) && `${pathname} is a draft or unlisted`);
}
