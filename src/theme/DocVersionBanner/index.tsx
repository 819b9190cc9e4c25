import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import type {ReactNode} from 'react';
import {leftOut} from '../leftOut';

/** The docs have one version, without a banner. */
export default function DocVersionBanner(): ReactNode {
  const {banner, version} = useDocsVersion();
  return leftOut('DocVersionBanner', banner !== null && `docs version ${version} has a banner`);
}
