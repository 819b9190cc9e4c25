/**
 * A small static server for the built site, as a plain host would serve it: `/a/b` finds `a/b.html`
 * or `a/b/index.html`, unknown paths get 404.html with status 404. Optional gzip, for the benchmark.
 * Used by the browser tests and the benchmark; listens on loopback only.
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

/** The file a URL path maps to under `root`, or undefined. Never leaves `root`. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const file = path.join(root, path.normalize(decoded));
  if (!file.startsWith(root)) return undefined;
  const candidates = decoded.endsWith('/')
    ? [path.join(file, 'index.html')]
    : [file, `${file}.html`, path.join(file, 'index.html')];
  return candidates.find(isFile);
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
    const found = resolveFile(absoluteRoot, request.url ?? '/');
    const file = found ?? path.join(absoluteRoot, '404.html');
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
