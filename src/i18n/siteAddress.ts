/**
 * Where the site is served. A mirror builds for its own address with `SITE_URL` and `BASE_URL`,
 * without editing code: `SITE_URL=https://mirror.example BASE_URL=/nc-sos/ npm run build`.
 */
export interface SiteAddress {
  readonly url: string;
  readonly baseUrl: string;
}

export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const url = (env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(url)) {
    throw new Error(`SITE_URL must be an origin like https://example.org (got "${env.SITE_URL}")`);
  }
  const trimmed = (env.BASE_URL ?? '/').replace(/^\/+|\/+$/g, '');
  return {url, baseUrl: trimmed ? `/${trimmed}/` : '/'};
}
