/**
 * Debian's nginx, started on loopback with a throwaway configuration around a `server` block that
 * the caller writes, as a mirror's host would run it (the package test checks the archive's
 * nginx set-up this way). `.ci/run` installs nginx; on another machine: `apt-get install nginx-light`.
 */
import {type ChildProcess, spawn} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  readonly origin: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const {port} = probe.address() as {port: number};
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function answering(origin: string, nginx: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${log()}`);
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer at ${origin}: ${log()}`);
}

/** Runs nginx in `dir` (its configuration, logs and temporary files) with `serverBlock` inside. */
export async function startNginx(dir: string, serverBlock: string): Promise<RunningNginx> {
  if (!existsSync(nginxPath)) {
    throw new Error(`${nginxPath} not found: apt-get install nginx-light (or set NGINX_PATH)`);
  }
  const port = await freePort();
  mkdirSync(path.join(dir, 'temp'), {recursive: true});
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  const config = path.join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log stderr warn;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    server {
        listen 127.0.0.1:${port};
        ${serverBlock}
    }
}
`,
  );
  let stderr = '';
  const nginx = spawn(nginxPath, ['-p', dir, '-c', config], {stdio: ['ignore', 'ignore', 'pipe']});
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await answering(origin, nginx, () => stderr);
  return {
    origin,
    close: async () => {
      if (nginx.exitCode !== null) return;
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    },
  };
}
