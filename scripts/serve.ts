import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A small static server for the built pages plus a few JSON routes (`/config.json`,
 * `/demo/emails.json`). HTML is never cached (a rebuild shows at once); content-hashed
 * scripts are cached for a year. Paths outside `dist/` are refused.
 */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The Content-Type for a file served from `dist/`. Pages are served with `nosniff`, so a
 * file without its right type is refused by the browser (a stylesheet silently, which
 * leaves Fluent's controls unstyled); the test stacks use this same table for that reason.
 */
export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface JsonRoute {
  /** Status and body; called on every request so it can read files fresh. */
  (): { status: number; body: unknown };
}

export interface StaticServerOptions {
  readonly distDir: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly routes?: Readonly<Record<string, JsonRoute>>;
  /** Sent with every response: a host's own, such as the policy docs/deploy.md asks for. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RunningStaticServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

function handle(options: StaticServerOptions, req: IncomingMessage, res: ServerResponse): void {
  for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  // Only the path matters; `//` or an absolute-form target must not confuse URL parsing.
  const pathname = `/${(req.url ?? '/').split(/[?#]/)[0]!.replace(/^\/+/, '')}`;
  const url = { pathname };
  const route = options.routes?.[url.pathname];
  if (route) {
    const { status, body } = route();
    sendJson(res, status, body);
    return;
  }
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/workbench.html' }).end();
    return;
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  } catch {
    res.writeHead(400).end();
    return;
  }
  const root = path.resolve(options.distDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    const built = existsSync(path.join(root, 'workbench.html'));
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(
      built
        ? 'Not found'
        : 'The pages are not built yet: run "npm run build" (npm start does it for you).',
    );
    return;
  }
  const extension = path.extname(file).toLowerCase();
  const hashed = /\.[0-9a-f]{8}\.(js|css)$/.test(file);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': statSync(file).size,
    'Cache-Control':
      extension === '.html'
        ? 'no-cache, no-store, must-revalidate'
        : hashed
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/** `await startStaticServer({ distDir: 'dist', port: 0 })` → `{ url: 'http://127.0.0.1:40111/', … }` */
export async function startStaticServer(
  options: StaticServerOptions,
): Promise<RunningStaticServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    try {
      handle(options, req, res);
    } catch {
      // A bad request must never take the demo down.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Something went wrong serving this page.');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
