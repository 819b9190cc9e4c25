import {translate} from '@docusaurus/Translate';
import type {ReactNode} from 'react';

/** `{name}` placeholders left in a translated template, for site.js to fill in. */
const placeholder = (name: string) => `{${name}}`;

/**
 * The theme's strings that its controls change as they are used (the colour mode's label, a sidebar
 * category's "collapse"/"expand", the phone menu's close button), translated at build time for
 * site.js (plugins/static-first), which has no translations of its own.
 */
export default function StaticFirstStrings(): ReactNode {
  const strings = {
    colourMode: translate(
      {
        id: 'theme.colorToggle.ariaLabel',
        message: 'Switch between dark and light mode (currently {mode})',
      },
      {mode: placeholder('mode')},
    ),
    system: translate({id: 'theme.colorToggle.ariaLabel.mode.system', message: 'system mode'}),
    light: translate({id: 'theme.colorToggle.ariaLabel.mode.light', message: 'light mode'}),
    dark: translate({id: 'theme.colorToggle.ariaLabel.mode.dark', message: 'dark mode'}),
    collapse: translate(
      {
        id: 'theme.DocSidebarItem.collapseCategoryAriaLabel',
        message: "Collapse sidebar category '{label}'",
      },
      {label: placeholder('label')},
    ),
    expand: translate(
      {
        id: 'theme.DocSidebarItem.expandCategoryAriaLabel',
        message: "Expand sidebar category '{label}'",
      },
      {label: placeholder('label')},
    ),
    closeMenu: translate({
      id: 'theme.docs.sidebar.closeSidebarButtonAriaLabel',
      message: 'Close navigation bar',
    }),
  };
  return <span hidden data-static-strings={JSON.stringify(strings)} />;
}
