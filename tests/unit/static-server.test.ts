/**
 * The test server (lib/staticServer.ts) answers as a plain host would, including to
 * requests a browser would never send: a malformed `%` escape gets 400, and the server keeps serving.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {request} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type RunningServer, serveStatic} from '../../lib/staticServer';

const root = mkdtempSync(path.join(tmpdir(), 'nc-sos-static-'));
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(path.join(root, 'en'));
  writeFileSync(path.join(root, 'index.html'), 'home');
  writeFileSync(path.join(root, '404.html'), 'не найдено');
  writeFileSync(path.join(root, 'en', '404.html'), 'not found');
  server = await serveStatic(root);
});

afterAll(async () => {
  await server.close();
  rmSync(root, {recursive: true, force: true});
});

/** Status and body for a raw path: `fetch` would normalize or reject what this test sends. */
function get(rawPath: string): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const call = request(`${server.origin}${rawPath}`, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({status: response.statusCode ?? 0, body}));
    });
    call.on('error', reject);
    call.end();
  });
}

describe('the static server', () => {
  it('answers a malformed % escape with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
    expect(await get('/')).toEqual({status: 200, body: 'home'});
  });

  it('answers an unknown path with the closest 404.html', async () => {
    expect(await get('/en/no-such-page')).toEqual({status: 404, body: 'not found'});
    expect(await get('/en/deeper/no-such-page')).toEqual({status: 404, body: 'not found'});
    expect(await get('/no-such-page')).toEqual({status: 404, body: 'не найдено'});
  });
});
