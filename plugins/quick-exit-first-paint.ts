/**
 * The quick exit from the first paint (issue #18): the page template (plugins/paint-first.ts) puts
 * this script inline at the top of every page, so a click on the exit and Shift pressed three times
 * work while the site's code is still on its way (3–9 s on a slow phone), without it entirely if it
 * never arrives. The React component (src/components/QuickExit) only renders the control and
 * announces the count; it handles neither event, so nothing is handled twice.
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
    document.dispatchEvent(new CustomEvent('${quickExit.pressEvent}', {detail: value}));
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
