/**
 * What `npm run package` writes for the host beside the site: the security headers and the
 * not-found pages, for nginx and for hosts that read `_headers` (Netlify, Cloudflare Pages), every
 * path under the base path the copy was built for. Each language's unknown paths get that
 * language's 404 page, which has the quick exit.
 */
import {securityHeaders} from './policy';

export interface SiteLayout {
  /** The base path the copy was built for, `/` or `/nc-sos/`. */
  readonly baseUrl: string;
  /** Folders of the languages other than the source, under the base path: `['en']`. */
  readonly localeDirs: readonly string[];
  /** The hashes of every inline script of every page, for the Content-Security-Policy. */
  readonly scriptHashes: readonly string[];
}

/** Each language's path prefix with its 404 page, the most specific first (nginx and Netlify). */
function notFoundPages({baseUrl, localeDirs}: SiteLayout): {prefix: string; page: string}[] {
  return [
    ...localeDirs.map((dir) => ({prefix: `${baseUrl}${dir}/`, page: `${baseUrl}${dir}/404.html`})),
    {prefix: baseUrl, page: `${baseUrl}404.html`},
  ];
}

/** `_headers`, for Netlify and Cloudflare Pages, which read it from the published folder. */
export function headersFile(layout: SiteLayout): string {
  const headers = Object.entries(securityHeaders(layout.scriptHashes));
  return `${layout.baseUrl}*\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}

/** `_redirects` for Netlify, which otherwise shows only the published folder's own 404.html. */
export function netlifyRedirects(layout: SiteLayout): string {
  return notFoundPages(layout)
    .map(({prefix, page}) => `${prefix}*  ${page}  404\n`)
    .join('');
}

/**
 * The site's `location` blocks for nginx. `^~` keeps regular-expression locations elsewhere in the
 * server (a common one caches `\.(js|css)$`) from taking the site's files, and with them its
 * headers. The headers are repeated in each block: nginx drops the outer level's `add_header`s in a
 * block that has its own.
 */
export function nginxConf(layout: SiteLayout, address: string): string {
  const headers = Object.entries(securityHeaders(layout.scriptHashes))
    .map(([name, value]) => `    add_header ${name} "${value}" always;`)
    .join('\n');
  const locations = notFoundPages(layout).map(
    ({prefix, page}) => `location ^~ ${prefix} {
    try_files $uri $uri.html $uri/index.html =404;
    error_page 404 ${page};
${headers}
}
`,
  );
  const bare = layout.baseUrl.replace(/\/$/, '');
  const redirect = bare ? [`location = ${bare} {\n    return 301 ${layout.baseUrl};\n}\n`] : [];
  return [
    `# The NC SOS reference site at ${address}, written by \`npm run package\`: do not edit.\n` +
      "# Include it in the `server` block whose `root` is the archive's public/ folder (HOSTING.md).\n",
    ...redirect,
    ...locations,
  ].join('\n');
}
