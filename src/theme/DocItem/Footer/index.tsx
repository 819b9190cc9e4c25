import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {ReactNode} from 'react';
import {leftOut} from '../../leftOut';

/** Pages have no tags, no edit link and no last-update line, the footer's only content. */
export default function DocItemFooter(): ReactNode {
  const {metadata} = useDoc();
  const used = metadata.tags.length > 0 || metadata.editUrl || metadata.lastUpdatedAt;
  return leftOut(
    'DocItem/Footer',
    Boolean(used) && `${metadata.source} has tags, an edit link or a last-update date`,
  );
}
