/**
 * The page template of the build (`ssrTemplate` in docusaurus.config.ts): Docusaurus's own, except
 * that the site's code is fetched and run after the browser has shown the page, not before.
 *
 * Docusaurus loads its bundles with `<script defer>`: when they arrive before the HTML is parsed (a
 * fast connection, or a second visit with the code cached), they run before the first paint, and a
 * cheap phone shows nothing while it evaluates them. Here a small inline script appends the same
 * scripts, in the same order, once the browser reports the first contentful paint. Where it reports
 * no paints (no Paint Timing, a hidden tab, a privacy mode that hides timings) the scripts start at
 * once or, at the latest, after `latestStartMs`; so they do if anything here fails. Without
 * JavaScript nothing is fetched.
 */

import {quickExitScript} from './quick-exit-first-paint';

/** When a browser that reports paints has not reported one by then, the code starts anyway. */
const latestStartMs = 1000;

/**
 * Runs in the page, as written: plain JavaScript, for every browser the site supports. It reads the
 * script addresses from its own `data-scripts`, so that its text, and the hash the
 * Content-Security-Policy allows it by (plugins/security-headers), is the same on every page.
 */
const startScripts = `(() => {
  const loader = document.currentScript;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const src of loader.dataset.scripts.split(' ')) {
      const script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.head.append(script);
    }
  };
  try {
    const paintsReported = PerformanceObserver.supportedEntryTypes.includes('paint');
    if (!paintsReported || document.visibilityState !== 'visible') return start();
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    }).observe({type: 'paint', buffered: true});
    setTimeout(start, ${latestStartMs});
  } catch {
    start();
  }
})();`;

/**
 * Docusaurus 3's template (@docusaurus/core/lib/ssg/ssgTemplate.html.js), but for the scripts, and
 * the quick exit's own script first in <head>, before anything else can delay it.
 */
export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <script>${quickExitScript}</script>
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script data-scripts="<%= it.scripts.map((script) => it.baseUrl + script).join(' ') %>">${startScripts}</script>
  </body>
</html>
`;
