import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { createGraphClient } from '../../src/data/graph/client';
import { provisionSite } from '../../src/data/provision/provisionSite';

/**
 * The workbench against a fresh emulator, for the pane's tests and benchmark when the
 * shared global setup has not put `FD_WEB_URL` in the environment: the built pages served on
 * a random port with `config.json` (demo users included) and `demo/emails.json` (the corpus).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TaskpaneStack {
  /** The folder the pages are served from, ending in `/`. */
  readonly webUrl: string;
  readonly emulatorUrl: string;
  readonly graphUrl: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export const DEMO_USERS = [
  { name: 'Priya Shah', upn: 'priya.shah@examplecounty.gov.uk', role: 'officer' },
  { name: 'Tom Reed', upn: 'tom.reed@examplecounty.gov.uk', role: 'officer' },
];

export function corpusEmails(): Array<Record<string, unknown>> {
  return readFileSync(path.join(root, '..', 'shared', 'corpus', 'emails.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export async function startTaskpaneStack(
  options: { distDir?: string } = {},
): Promise<TaskpaneStack> {
  const distDir = options.distDir ?? process.env.FD_DIST_DIR ?? path.join(root, 'dist');
  if (!existsSync(path.join(distDir, 'workbench.html'))) {
    throw new Error(`No built pages in ${distDir}: run npm run build`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fd-taskpane-'));
  const emulator: RunningEmulator = await startEmulator({ dataDir });
  await provisionSite(createGraphClient({ baseUrl: emulator.graphUrl }), 'root');
  const config = JSON.stringify({
    mode: 'emulator',
    graphBaseUrl: emulator.graphUrl,
    siteId: 'root',
    demoUsers: DEMO_USERS,
  });
  const emails = JSON.stringify(corpusEmails());
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      return res.end(config);
    }
    if (url.pathname === '/demo/emails.json') {
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      return res.end(emails);
    }
    const file = path.join(distDir, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(distDir) || !existsSync(file)) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    webUrl: `http://127.0.0.1:${port}/`,
    emulatorUrl: emulator.url,
    graphUrl: emulator.graphUrl,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
