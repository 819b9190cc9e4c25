import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import type {ReactNode} from 'react';
import {leftOut} from '../leftOut';

/** The docs have one version, without a badge. */
export default function DocVersionBadge(): ReactNode {
  const {badge, version} = useDocsVersion();
  return leftOut('DocVersionBadge', badge && `docs version ${version} has a badge`);
}
