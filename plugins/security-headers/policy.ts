/**
 * The Content-Security-Policy: only the site itself, and the inline scripts Docusaurus writes (its
 * colour-mode bootstrap and the like) allowed by their hashes, never by 'unsafe-inline'.
 */
import {createHash} from 'node:crypto';

/** Inline scripts that run: no `src`, and no data `type` such as the JSON-LD Docusaurus adds. */
const inlineScript =
  /<script(?![^>]*\s(?:src=|type=(?!["']?(?:text\/javascript|module)\b)))[^>]*>([\s\S]*?)<\/script>/g;

/** CSP source expressions (`'sha256-…'`) for each inline script of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(inlineScript)]
    .map((match) => match[1] ?? '')
    .filter((code) => code.length > 0)
    .map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
}

/**
 * The policy for the given script hashes. `frame-ancestors` is only honoured in a header, so the
 * meta-tag form leaves it out.
 */
export function contentSecurityPolicy(hashes: readonly string[], form: 'header' | 'meta'): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].sort().join(' ')}`.trim(),
    // React renders style attributes (e.g. SVG sizes); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(form === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/g;

/**
 * Adds the policy as a meta tag at the very start of <head>, before any script can run, in place
 * of one already there: Docusaurus does not empty build/, so a single-locale build can meet pages
 * an earlier build finished.
 */
export function withCspMeta(html: string): string {
  const page = html.replace(cspMeta, '');
  const policy = contentSecurityPolicy(inlineScriptHashes(page), 'meta');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return page.replace(/<head([^>]*)>/, (head) => `${head}${meta}`);
}

const otherHeaders = {
  // Browsers take it only over HTTPS (they ignore it over plain HTTP): once seen, they refuse to
  // open this host over HTTP for a year, where a network could read or alter the pages. No
  // `includeSubDomains`: a mirror may share its domain with sites this build knows nothing of.
  'Strict-Transport-Security': 'max-age=31536000',
  // A page this site opens, or one that opened it, gets no handle on its window.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // No camera, microphone or location, and no Topics, the browser's advertising interests that
  // replaced FLoC's `interest-cohort`. The other advertising features (`join-ad-interest-group`,
  // `run-ad-auction`, `attribution-reporting`) are left out: Chromium 156 no longer knows them and
  // logs an error for each.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
} as const;

/** Every header the site asks hosts to send, for the given script hashes. */
export function securityHeaders(hashes: readonly string[]): Record<string, string> {
  return {'Content-Security-Policy': contentSecurityPolicy(hashes, 'header'), ...otherHeaders};
}
