/**
 * A small static server for the built site, as a plain host would serve it: `/a/b` finds `a/b.html`
 * or `a/b/index.html`; an unknown path gets the closest 404.html above it (as Cloudflare Pages does,
 * so `/en/…` gets the English one), with status 404; a path that is not valid percent-encoding
 * gets 400. Optional gzip, for the benchmark. Used by the browser tests, the package test and the
 * benchmark; listens on loopback only.
 */
import {createReadStream, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {createGzip} from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The decoded path of a request URL, or undefined when its `%` escapes are malformed. */
export function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split(/[?#]/)[0] ?? '/');
  } catch {
    return undefined;
  }
}

/** The file a decoded URL path maps to under `root`, or undefined. Never leaves `root`. */
export function resolveFile(root: string, decoded: string): string | undefined {
  const file = path.join(root, path.normalize(decoded));
  if (!file.startsWith(root)) return undefined;
  const candidates = decoded.endsWith('/')
    ? [path.join(file, 'index.html')]
    : [file, `${file}.html`, path.join(file, 'index.html')];
  return candidates.find(isFile);
}

/** The 404.html closest to a decoded URL path: in its folder, or the nearest folder above it. */
export function notFoundPage(root: string, decoded: string): string {
  let dir = path.dirname(path.join(root, path.normalize(decoded)));
  while (dir.startsWith(root) && dir !== root) {
    if (isFile(path.join(dir, '404.html'))) return path.join(dir, '404.html');
    dir = path.dirname(dir);
  }
  return path.join(root, '404.html');
}

export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveStatic(
  root: string,
  {gzip = false, port = 0}: {gzip?: boolean; port?: number} = {},
): Promise<RunningServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const decoded = decodedPath(request.url ?? '/');
    if (decoded === undefined) {
      response.writeHead(400, {'content-type': 'text/plain; charset=utf-8'});
      response.end('Bad request: the path is not valid percent-encoding\n');
      return;
    }
    const found = resolveFile(absoluteRoot, decoded);
    const file = found ?? notFoundPage(absoluteRoot, decoded);
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
    const compress =
      gzip &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'])) &&
      !type.startsWith('image/png');
    response.writeHead(found ? 200 : 404, {
      'content-type': type,
      ...(compress ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {}),
    });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const {port: actualPort} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
