/**
 * Stands in for the search theme's useSearchQuery on the search page (see index.ts). The theme keeps
 * the words in the address (`/search?q=…`), where history, the tab switcher and the address bar show
 * them. Here the page reads them from the address once, when a form without JavaScript or the theme's
 * "All results" link brings them, then takes them out of it; the words typed on the page never enter
 * it. A content page's navbar field hands them over in the tab's storage (`takeHandedQuery`). They stay in the page's memory (src/theme/SearchBar/_utils.ts).
 */
import {useHistory, useLocation} from '@docusaurus/router';
import {useEffect, useState} from 'react';
import {tabQuery, takeHandedQuery} from '@site/src/theme/SearchBar/_utils';

export default function useSearchQuery() {
  const history = useHistory();
  const {search, hash} = useLocation();
  // Empty while the server renders and the page hydrates, as the theme's hook is.
  const [searchValue, setSearchValue] = useState('');

  useEffect(() => {
    const params = new URLSearchParams(search);
    const fromAddress = params.get('q');
    if (fromAddress === null) {
      const handed = takeHandedQuery();
      if (handed !== null) tabQuery.set(handed);
      setSearchValue(tabQuery.get());
      return;
    }
    tabQuery.set(fromAddress);
    setSearchValue(tabQuery.get());
    params.delete('q');
    const rest = params.toString();
    // Through the router, so that what it knows of the address stays true.
    history.replace({search: rest === '' ? '' : `?${rest}`, hash});
  }, [search, hash, history]);

  return {
    searchValue,
    searchContext: '',
    searchVersion: '',
    updateSearchPath: (words: string) => tabQuery.set(words),
    updateSearchContext: () => undefined,
    generateSearchPageLink: () => '',
  };
}
