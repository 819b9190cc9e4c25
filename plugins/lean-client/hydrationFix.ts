/**
 * Runs before the page hydrates. React, rendering the page at build time, puts the resource hints it
 * derives (a preload of the navbar logo) at the start of the app's container; Preact, which takes
 * the page over in the browser (index.ts), expects the app's first element there, matches none after
 * it, and builds the whole page again: every element replaced, and on Lighthouse's slow phone
 * 470–850 ms of blocked main thread. The hints have done their work by now (the logo they preload
 * is in the page already).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

if (ExecutionEnvironment.canUseDOM) {
  for (const hint of document.querySelectorAll('#__docusaurus > link')) hint.remove();
}
