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

/** Adds the policy as a meta tag at the very start of <head>, before any script can run. */
export function withCspMeta(html: string): string {
  const policy = contentSecurityPolicy(inlineScriptHashes(html), 'meta');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return html.replace(/<head([^>]*)>/, (head) => `${head}${meta}`);
}

const otherHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
} as const;

/** Every header the site asks hosts to send, for the given script hashes. */
export function securityHeaders(hashes: readonly string[]): Record<string, string> {
  return {'Content-Security-Policy': contentSecurityPolicy(hashes, 'header'), ...otherHeaders};
}
