import {useThemeConfig} from '@docusaurus/theme-common';
import type {ReactNode} from 'react';

/**
 * The site has no announcement bar, and the theme's would ship its code to every page. Should the
 * config ever set one, the build stops here instead of leaving it out unseen.
 */
export default function AnnouncementBar(): ReactNode {
  if (useThemeConfig().announcementBar) {
    throw new Error(
      'themeConfig.announcementBar is set: delete src/theme/AnnouncementBar to show it',
    );
  }
  return null;
}
