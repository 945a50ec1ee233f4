import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../../emulator/server';
import type { LatencyModel } from '../../emulator/latency';
import { createGraphClient } from '../../src/data/graph/client';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { demoUsers } from '../../src/data/seed/demoPeople';
import { demoDirectory, setUpDemoPermissions } from '../../src/data/seed/demoSite';
import { asIsoDate } from '../../src/domain/primitives/brand';

/**
 * The tab's pages against an emulator, for the tab's tests and benchmark. With the shared
 * global setup (`FD_WEB_URL`, `FD_GRAPH_URL`, `FD_EMULATOR_URL`) it uses that stack; otherwise,
 * or when `fresh` is asked for (the benchmark), it starts its own: an emulator on a random port,
 * the lists provisioned, optionally seeded, and `dist/` served with `config.json`.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TabStack {
  /** The folder the pages are served from, ending in `/`. */
  readonly webUrl: string;
  readonly emulatorUrl: string;
  readonly graphUrl: string;
  /**
   * Stops the store (the emulator closes its port and every open connection) and starts it
   * again on the same port with the same data: a SharePoint outage as the tab meets it. Only a
   * stack started here (`fresh`) can do this; the shared one belongs to every spec.
   */
  stopStore(): Promise<void>;
  restartStore(): Promise<void>;
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

/** The demo people as config.json's `demoUsers`. */
export const TAB_DEMO_USERS = demoUsers.map(({ name, upn, role }) => ({ name, upn, role }));

export async function startTabStack(
  options: {
    fresh?: boolean;
    seedCases?: number;
    today?: string;
    /** Turned on after seeding (the benchmark at SharePoint's speed: emulator/latency.ts). */
    latency?: LatencyModel | undefined;
  } = {},
): Promise<TabStack> {
  const shared = process.env.FD_WEB_URL && process.env.FD_GRAPH_URL && process.env.FD_EMULATOR_URL;
  if (shared && !options.fresh) {
    const webUrl = process.env.FD_WEB_URL!.replace(/\/?$/, '/');
    return {
      webUrl,
      graphUrl: process.env.FD_GRAPH_URL!,
      emulatorUrl: process.env.FD_EMULATOR_URL!,
      stopStore: () => Promise.reject(new Error('the shared stack cannot stop its store')),
      restartStore: () => Promise.reject(new Error('the shared stack cannot stop its store')),
      close: async () => undefined,
    };
  }
  const distDir = process.env.FD_DIST_DIR ?? path.join(root, 'dist');
  if (!existsSync(path.join(distDir, 'tab.html')))
    throw new Error(`No built tab page in ${distDir}: run npm run build`);
  // Generated before any connection is open: generating 20,000 cases blocks for seconds,
  // long enough for the server to drop an idle keep-alive connection under the client.
  let demoData;
  let writeDemoData;
  if (options.seedCases !== undefined) {
    // Loaded only to seed (the benchmark): the seed pulls in the whole calendar.
    const { generateDemoData } = await import('../../src/data/seed/generateDemoData');
    ({ writeDemoData } = await import('../../src/data/seed/writeDemoData'));
    demoData = generateDemoData({
      cases: options.seedCases,
      seed: 'feedback-desk',
      today: asIsoDate(options.today ?? new Date().toISOString().slice(0, 10)),
    });
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fd-tab-'));
  let emulator = await startEmulator({ dataDir, directory: demoDirectory });
  const emulatorPort = Number(new URL(emulator.url).port);
  const client = createGraphClient({ baseUrl: emulator.graphUrl });
  await provisionSite(client, 'root');
  await setUpDemoPermissions(emulator.url);
  if (demoData && writeDemoData) {
    const report = await writeDemoData(client, 'root', demoData);
    if (report.errors.length > 0)
      throw new Error(`seed failed: ${JSON.stringify(report.errors[0])}`);
  }
  emulator.setLatency(options.latency);
  const config = JSON.stringify({
    mode: 'emulator',
    graphBaseUrl: emulator.graphUrl,
    siteId: 'root',
    demoUsers: TAB_DEMO_USERS,
  });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      res.end(config);
      return;
    }
    const file = path.join(distDir, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(distDir) || !existsSync(file)) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    webUrl: `http://127.0.0.1:${port}/`,
    graphUrl: emulator.graphUrl,
    emulatorUrl: emulator.url,
    stopStore: () => emulator.close(),
    async restartStore() {
      emulator = await startEmulator({ dataDir, port: emulatorPort, directory: demoDirectory });
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
