import {useHistory} from '@docusaurus/router';
import {useEffect} from 'react';
import {historyChoiceStorageKey} from './constants';

/**
 * The reader's choice, for this tab only, that moving within the site replaces the tab's history
 * entry instead of adding one: after the quick exit, Back then leaves the site entirely.
 *
 * An opt-in, not the default. Replacing entries changes only the tab's Back list, never the
 * browser's history list, which records every page either way; for that, the default would take
 * Back away from every reader: a reader who presses Back to return to the page before would be
 * thrown out of the site, and lose the place in a long read. Readers who fear that someone will
 * press Back on their phone switch it on (the safety page); sessionStorage forgets it with the tab.
 */
const storageKey = historyChoiceStorageKey;

export function replaceHistoryChosen(): boolean {
  try {
    return window.sessionStorage.getItem(storageKey) === 'on';
  } catch {
    return false;
  }
}

/** A same-site link that would load a new page, which the router left to the browser. */
function pageLoadingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return null;
  if (link.target !== '' && link.target !== '_self') return null;
  return link.origin === window.location.origin ? link : null;
}

/**
 * While the choice is on, every move within the site replaces the current history entry: on the
 * search page, the one page that runs React (content pages: site.js).
 */
export function useReplaceHistoryIfChosen(): void {
  const history = useHistory();
  useEffect(() => {
    const push = history.push;
    // The router's links and the theme's own moves (search results, the menu) all call push.
    history.push = (...args: Parameters<typeof push>) =>
      replaceHistoryChosen() ? history.replace(...args) : push(...args);
    // Links the router does not handle, such as the language switch, load a new page.
    const onClick = (event: MouseEvent) => {
      const link = replaceHistoryChosen() ? pageLoadingLink(event) : null;
      if (!link) return;
      event.preventDefault();
      window.location.replace(link.href);
    };
    window.addEventListener('click', onClick);
    return () => {
      history.push = push;
      window.removeEventListener('click', onClick);
    };
  }, [history]);
}
