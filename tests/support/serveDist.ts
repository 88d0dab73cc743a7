/**
 * A small static server for a built site, for the tests and scripts that must control the server
 * itself: stop it to cut the network for the offline tests, point it at a second build for the
 * update test, serve gzip for Lighthouse and the search benchmark. Serves like a static host:
 * `/x/` → `x/index.html`, gzip when asked for, the 404 page with status 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DistServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Serve another build from now on (as a deploy would). */
  setRoot(root: string): void;
  close(): Promise<void>;
}

function fileFor(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = join(root, normalize(path));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function serveDist(initialRoot: string): Promise<DistServer> {
  let root = initialRoot;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(root, url.pathname);
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    let body = existsSync(served) ? readFileSync(served) : Buffer.from('Not found');
    const headers: Record<string, string> = {
      'Content-Type': types[extname(served)] ?? 'application/octet-stream',
      // Like a real deploy: HTML and the worker are always revalidated.
      'Cache-Control': 'no-cache',
    };
    if (/\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? '')) && !served.endsWith('.png')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setRoot: (next) => {
      root = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
