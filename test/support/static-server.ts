// Serves the production build (dist/) on 127.0.0.1 the way a static host
// would, and records every request so tests can assert what the page asked.
// Optionally under a sub-path (`base`, as a site hosted at /tools/mail-lab/)
// and with response headers on every file (as a host reads `_headers`).

import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.eml': 'message/rfc822',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The path the site lives under, with both slashes: "/tools/mail-lab/". Anything outside it is 404. */
  base?: string;
  headers?: Record<string, string>;
}

export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const base = options.base ?? '/';
  const server: Server = createServer(async (request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(fullPath);
    if (!fullPath.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    const path = `/${fullPath.slice(base.length)}`;
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...options.headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
