import {translate} from '@docusaurus/Translate';
import type {ReactNode} from 'react';

/** `{name}` placeholders left in a translated template, for site.js to fill in. */
const placeholder = (name: string) => `{${name}}`;

/**
 * The theme's strings that its controls change as they are used (the colour mode's label, a sidebar
 * category's "collapse"/"expand", the phone menu's close button), translated at build time for
 * site.js (plugins/static-first), which has no translations of its own. The default messages are
 * the Russian ones the site shows, as for every string of the site (lib/uiReference.ts).
 */
export default function StaticFirstStrings(): ReactNode {
  const strings = {
    colourMode: translate(
      {
        id: 'theme.colorToggle.ariaLabel',
        message: 'Переключение между тёмным и светлым режимом (сейчас используется {mode})',
      },
      {mode: placeholder('mode')},
    ),
    system: translate({id: 'theme.colorToggle.ariaLabel.mode.system', message: 'системный режим'}),
    light: translate({id: 'theme.colorToggle.ariaLabel.mode.light', message: 'Светлый режим'}),
    dark: translate({id: 'theme.colorToggle.ariaLabel.mode.dark', message: 'Тёмный режим'}),
    collapse: translate(
      {
        id: 'theme.DocSidebarItem.collapseCategoryAriaLabel',
        message: 'Свернуть раздел «{label}»',
      },
      {label: placeholder('label')},
    ),
    expand: translate(
      {
        id: 'theme.DocSidebarItem.expandCategoryAriaLabel',
        message: 'Развернуть раздел «{label}»',
      },
      {label: placeholder('label')},
    ),
    closeMenu: translate({
      id: 'theme.docs.sidebar.closeSidebarButtonAriaLabel',
      message: 'Закрыть панель навигации',
    }),
  };
  return <span hidden data-static-strings={JSON.stringify(strings)} />;
}
