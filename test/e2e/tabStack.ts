import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../../emulator/server';
import { startStaticServer, type RunningStaticServer } from '../../scripts/serve';
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
  /**
   * Serves another build's pages with the same `config.json`, on a port (an origin, so a
   * browser cache and IndexedDB) of their own, and gives their folder's address: the
   * benchmark compares two builds on one emulator this way. Only a stack started here.
   */
  serveBuild(distDir: string): Promise<string>;
  close(): Promise<void>;
}

/** The demo people as config.json's `demoUsers`. */
export const TAB_DEMO_USERS = demoUsers.map(({ name, upn, role }) => ({ name, upn, role }));

export async function startTabStack(
  options: {
    fresh?: boolean;
    seedCases?: number;
    today?: string;
    /** Turned on after seeding (the benchmark at SharePoint's speed: emulator/latency.ts). */
    latency?: LatencyModel | undefined;
    /** The built pages served: default `FD_DIST_DIR`, or `dist/`. */
    distDir?: string;
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
      serveBuild: () => Promise.reject(new Error('the shared stack serves one build')),
      close: async () => undefined,
    };
  }
  const distDir = options.distDir ?? process.env.FD_DIST_DIR ?? path.join(root, 'dist');
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
  const config = {
    mode: 'emulator',
    graphBaseUrl: emulator.graphUrl,
    siteId: 'root',
    demoUsers: TAB_DEMO_USERS,
  };
  // Served as the demo serves it, and as docs/deploy.md asks of a council's host: the hashed
  // scripts cached for a year, so a re-open reads them from the browser's cache.
  const servers: RunningStaticServer[] = [];
  const serveBuild = async (pages: string) => {
    const server = await startStaticServer({
      distDir: pages,
      routes: { '/config.json': () => ({ status: 200, body: config }) },
    });
    servers.push(server);
    return server.url;
  };
  const webUrl = await serveBuild(distDir);
  return {
    webUrl,
    graphUrl: emulator.graphUrl,
    emulatorUrl: emulator.url,
    stopStore: () => emulator.close(),
    async restartStore() {
      emulator = await startEmulator({ dataDir, port: emulatorPort, directory: demoDirectory });
    },
    serveBuild,
    async close() {
      await Promise.all(servers.map((server) => server.close()));
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
