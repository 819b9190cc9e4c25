/**
 * What every search field of the site shares (issue #18): no entry in the browser's autofill store,
 * a length short enough for any host's address limit, and the words kept in the page's memory only.
 */

/** Longer queries make a `/search?q=…` address that hosts reject with their own error page. */
export const maxQueryLength = 200;

/**
 * For fields the site does not render itself (the search theme's): Chromium stores what is typed in
 * a named field in its autofill table, offers it on other sites' fields named `q`, and clearing the
 * history does not remove it.
 */
export function keepFieldPrivate(input: HTMLInputElement): void {
  input.setAttribute('autocomplete', 'off');
  input.maxLength = maxQueryLength;
}

/**
 * The search words of this tab, in the memory of the running page: not in the address, not in the
 * tab's storage, not on disk. Moving within the site keeps them (Back from a result shows the
 * results again); a reload or a new tab starts empty. Losing them on reload is the price of a search
 * that leaves nothing behind, for readers whose phone may be looked at.
 */
let query = '';
const waiting = new Set<() => void>();

export const tabQuery = {
  get: (): string => query,
  set: (words: string): void => {
    query = words.slice(0, maxQueryLength);
    if (query === '') return;
    waiting.forEach((resolve) => resolve());
    waiting.clear();
  },
  /** Resolves once there are words to search for. */
  whenSet: (): Promise<void> =>
    query === '' ? new Promise((resolve) => waiting.add(resolve)) : Promise.resolve(),
};

/**
 * The words a content page's navbar field hands to the search page (site.js, plugins/static-first,
 * writes them under this key as it opens the page; plain JavaScript, it repeats the key, and
 * tests/unit/static-first.test.ts checks that the two agree). A new page is a new document, whose
 * memory starts empty, and the address would keep the words in the browser's history; the tab's
 * storage holds them only until the search page takes them, at once.
 */
export const handedQueryKey = 'nc-sos-search-words';

/** The words handed over by a content page, if any, taken out of the tab's storage as they are read. */
export function takeHandedQuery(): string | null {
  try {
    const words = window.sessionStorage.getItem(handedQueryKey);
    window.sessionStorage.removeItem(handedQueryKey);
    return words;
  } catch {
    // Storage refused (a privacy setting): site.js then sent the words in the address instead.
    return null;
  }
}
