/**
 * The quick exit, the one implementation of it (issues #18, #22): the build's HTML pass
 * (plugins/static-first/html.ts) puts this script inline at the top of every page's `<body>`, the
 * search page's included, so a click on the exit and Shift pressed three times work from the first
 * paint, whatever else the page loads or fails to load. It also fills the dots (an attribute on
 * <html>, styled by CSS) and says the count in the status region, in the words the build rendered
 * into its `data-announcements`. The React component (src/components/QuickExit) renders markup only.
 *
 * Fixed text: it reads the destination from the exit link's own `href` (per language), so that one
 * hash in the Content-Security-Policy allows it on every page (plugins/security-headers computes it).
 * Plain JavaScript, as the browsers the site supports run it.
 */

import {quickExit} from '../src/components/QuickExit/constants';

export const quickExitScript = `(() => {
  const root = document.documentElement;
  let presses = 0;
  let timer;
  const count = (value) => {
    presses = value;
    root.setAttribute('${quickExit.pressesAttribute}', String(value));
    const status = document.querySelector('${quickExit.statusSelector}');
    if (status) status.textContent = JSON.parse(status.dataset.announcements)[value] || '';
  };
  const leave = (url) => {
    root.classList.add('${quickExit.hidingClass}');
    try {
      if (window.top !== window) return window.top.location.replace(url);
    } catch (error) {}
    window.location.replace(url);
  };
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('${quickExit.linkSelector}');
    if (!link) return;
    event.preventDefault();
    leave(link.href);
  }, true);
  document.addEventListener('keydown', (event) => {
    clearTimeout(timer);
    if (event.key !== 'Shift' || event.repeat) return presses && count(0);
    count(presses + 1);
    const link = document.querySelector('${quickExit.linkSelector}');
    if (presses >= ${quickExit.pressesToExit} && link) return leave(link.href);
    timer = setTimeout(() => count(0), ${quickExit.pressWindowMs});
  }, true);
  // Coming back (Back, or the page restored from the browser's cache) shows the page again.
  window.addEventListener('pageshow', () => {
    root.classList.remove('${quickExit.hidingClass}');
    count(0);
  });
})();`;
