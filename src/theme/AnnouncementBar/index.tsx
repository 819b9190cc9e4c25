import {useThemeConfig} from '@docusaurus/theme-common';
import type {ReactNode} from 'react';
import {leftOut} from '../leftOut';

/** The site has no announcement bar. */
export default function AnnouncementBar(): ReactNode {
  return leftOut(
    'AnnouncementBar',
    Boolean(useThemeConfig().announcementBar) && 'themeConfig.announcementBar is set',
  );
}
