/**
 * The finished page (issue #22, static-first): the HTML Docusaurus rendered from its stock template,
 * with the quick exit's inline script first in `<body>` and, on every page but a locale's search
 * page, the site script in place of the React bundles. Pure functions of the HTML, so that tests can
 * run them on a string; each leaves a page it already finished as it is.
 */
import {quickExitScript} from '../quick-exit-first-paint';

/** The stock template's bundles (`<script src=…/assets/js/main.<hash>.js defer>`, and the runtime's). */
const bundleScript =
  /<script\b[^>]*\bsrc=["']?[^"'\s>]*\/assets\/js\/(?:runtime~)?main\.[^"'\s>]*\.js["']?[^>]*><\/script>/g;
/** Hints that would fetch the bundles anyway (none in today's template; kept out should one come). */
const bundleHints = /<link\b[^>]*\brel=["']?(?:preload|prefetch|modulepreload)\b[^>]*>/g;
/** The theme's inline colour-mode script, minified or not: the storage and the key it reads. */
const themeStorage =
  /window(?:\.|\[["'])(localStorage|sessionStorage)(?:["']\])?\.getItem\(["']([^"']+)["']\)/;
/** The site script's tag, which names it `site.<hash>.js` (plugins/static-first/index.ts). */
const siteScriptTag = /<script\b[^>]*\bsrc=["']?[^"'\s>]*\/assets\/js\/site\.[0-9a-f]+\.js/;

export const quickExitTag = `<script>${quickExitScript}</script>`;

/**
 * The page with the quick exit's script at the top of `<body>`, before the theme's scripts and any
 * content, so that it answers from the first paint. Throws, naming `file`, on a page without a body.
 */
export function withQuickExitScript(html: string, file: string): string {
  if (html.includes(quickExitTag)) return html;
  if (!/<body\b[^>]*>/.test(html))
    throw new Error(`${file}: no <body> for the quick exit's script`);
  return html.replace(/<body\b[^>]*>/, (body) => `${body}${quickExitTag}`);
}

/**
 * The page without its React bundles, with the site script (`siteScriptUrl`) in their place. Throws,
 * naming `file`, when the page lacks what it replaces: a changed template must not pass unnoticed.
 */
export function withoutHydration(html: string, file: string, siteScriptUrl: string): string {
  if (siteScriptTag.test(html)) return html;
  const bundles = html.match(bundleScript) ?? [];
  if (bundles.length === 0) throw new Error(`${file}: no <script src=…/assets/js/main.….js>`);
  const theme = themeStorage.exec(html);
  if (theme === null) throw new Error(`${file}: no colour-mode script with a storage key`);
  const siteScript = `<script src="${siteScriptUrl}" defer data-theme-storage="${theme[1]}" data-theme-key="${theme[2]}"></script>`;
  let first = true;
  return html
    .replace(bundleScript, () => (first ? ((first = false), siteScript) : ''))
    .replace(bundleHints, '');
}

/** The search page keeps React: its UI is the search theme's (a locale's `search.html`). */
export function isSearchPage(relativeFile: string): boolean {
  return /^search(?:\.html|[/\\]index\.html)$/.test(relativeFile);
}
