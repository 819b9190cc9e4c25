import type {ComponentTypesObject} from '@theme/NavbarItem/ComponentTypes';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import DropdownNavbarItem from '@theme/NavbarItem/DropdownNavbarItem';
import LocaleDropdownNavbarItem from '@theme/NavbarItem/LocaleDropdownNavbarItem';

/**
 * The navbar item types the config uses: links, and the language switch, which is a dropdown. The
 * theme's full set adds doc, sidebar, version and HTML items to every page's code.
 */
const usedTypes: Pick<ComponentTypesObject, 'default' | 'dropdown' | 'localeDropdown'> = {
  default: DefaultNavbarItem,
  dropdown: DropdownNavbarItem,
  localeDropdown: LocaleDropdownNavbarItem,
};

// The theme types the map with every item type, but looks a type up when it renders an item and
// stops with "No NavbarItem component found for type" if the config uses one that is not here.
export default usedTypes as ComponentTypesObject;
