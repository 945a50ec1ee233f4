import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { contentTypeOf } from '../../scripts/serve';
import { createStrictMode, type StrictMode } from '../../emulator/strict/strictMode';
import type { CheckResult, TokenRequest } from '../../emulator/strict/tokenAuthority';
import { createGraphClient, type GraphClient } from '../../src/data/graph/client';
import { createGraphStore } from '../../src/data/graphStore/createGraphStore';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { demoDirectory, setUpDemoPermissions } from '../../src/data/seed/demoSite';
import { createSharePointRest } from '../../src/data/sharepoint/restClient';
import { sharePointScope } from '../../src/data/sharepoint/webUrl';
import type { FeedbackStore } from '../../src/data/store';
import { fetchTrusting } from '../unit/emulator/strict/trustingFetch';
import { TAB_DEMO_USERS } from './tabStack';

/**
 * The app against the emulator in strict mode, for the sign-in end-to-end tests: the built
 * pages (`dist/`, or `FD_DIST_DIR`) served on a random port with a `config.json` that points
 * at a strict emulator (HTTPS, self-signed certificate, bearer tokens from `/_dev/token`).
 * The browser context must use `ignoreHTTPSErrors: true` for the emulator's certificate.
 *
 * Lists are provisioned first through the same Graph code as `feedback-desk provision`, by
 * the same emulator over plain HTTP on the same data directory, before strict mode starts.
 *
 * With `roles`, the site also gets its groups and list permissions as
 * `provision --apply-permissions` makes them, with the demo people in their groups; the
 * emulator's directory is the demo's, the pages offer its people in "Signed in as" (each
 * signed in with a token issued for them), and this test process reaches the emulator as any
 * of them (`graphAs`, `storeAs`; no sign-in name: the site's administrator).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface StrictStack {
  readonly emulator: RunningEmulator;
  readonly strict: StrictMode;
  /** `http://127.0.0.1:<port>/tab.html` etc. */
  pageUrl(page: string): string;
  /** Every Graph request's token check, in order. */
  readonly checks: Array<{ readonly path: string; readonly result: CheckResult }>;
  /** Every token the development endpoint was asked for, in order. */
  readonly tokenRequests: TokenRequest[];
  /** Moves the emulator's clock (token issue and expiry checks) forward. */
  advanceClock(ms: number): void;
  /** Switches of the dev identity platform: `{ consent: 'required' }`, `{ scopeOverride: 'Sites.Read.All' }`… */
  setSwitches(change: Parameters<StrictMode['authority']['setSwitches']>[0]): void;
  /** A Graph client with a token from `POST /_dev/token` for `user` (none: the administrator). */
  graphAs(user?: string): Promise<GraphClient>;
  /** The app's store as `user`, with SharePoint's REST API for the site's groups. */
  storeAs(user?: string): Promise<FeedbackStore>;
  close(): Promise<void>;
}

export function corpusEmails(): Array<Record<string, unknown>> {
  return readFileSync(path.join(root, 'demo', 'mailbox.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export async function startStrictStack(
  options: { distDir?: string; roles?: boolean } = {},
): Promise<StrictStack> {
  const distDir = options.distDir ?? process.env.FD_DIST_DIR ?? path.join(root, 'dist');
  if (!existsSync(path.join(distDir, 'tab.html')))
    throw new Error(`No built pages in ${distDir}: run npm run build`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fd-e2e-strict-'));

  const plain = await startEmulator({
    dataDir,
    ...(options.roles ? { directory: demoDirectory } : {}),
  });
  await provisionSite(createGraphClient({ baseUrl: plain.graphUrl }), 'root');
  if (options.roles) await setUpDemoPermissions(plain.url);
  await plain.close();

  let offset = 0;
  const strict = createStrictMode({
    dataDir,
    now: () => Date.now() + offset,
    ...(options.roles ? { directory: demoDirectory } : {}),
  });
  const checks: StrictStack['checks'] = [];
  const tokenRequests: TokenRequest[] = [];
  const issue = strict.authority.issue.bind(strict.authority);
  strict.authority.issue = (request) => {
    tokenRequests.push(request);
    return issue(request);
  };
  const emulator = await startEmulator({
    dataDir,
    ...strict.options,
    authorize: (req, resource) => {
      const result = strict.options.authorize(req, resource);
      checks.push({ path: (req.url ?? '').split('?')[0] ?? '', result });
      return result;
    },
  });

  const config = {
    mode: 'emulator',
    graphBaseUrl: emulator.graphUrl,
    devTokenUrl: `${emulator.url}/_dev/token`,
    ...(options.roles ? { demoUsers: TAB_DEMO_USERS } : {}),
  };
  // This process trusts the emulator's self-signed certificate, for graphAs and storeAs.
  const realFetch = globalThis.fetch;
  const trusting = fetchTrusting(strict.cert, emulator.url, realFetch);
  const token = async (scope: string, user?: string): Promise<string> => {
    const response = await trusting(`${emulator.url}/_dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scopes: [scope], ...(user ? { user } : {}) }),
    });
    const body = (await response.json()) as { access_token?: string };
    if (!response.ok || !body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
    return body.access_token;
  };
  const graphAs = async (user?: string): Promise<GraphClient> => {
    globalThis.fetch = trusting;
    const t = await token('https://graph.microsoft.com/Sites.Selected', user);
    return createGraphClient({ baseUrl: emulator.graphUrl, getAccessToken: async () => t });
  };
  const emails = JSON.stringify(corpusEmails());
  const pages: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (pathname === '/config.json')
      return send(200, contentTypeOf(pathname), JSON.stringify(config));
    if (pathname === '/demo/emails.json') return send(200, contentTypeOf(pathname), emails);
    const file = path.join(distDir, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(distDir) || !existsSync(file))
      return send(404, contentTypeOf('not-found.txt'), 'Not found');
    return send(200, contentTypeOf(file), readFileSync(file));
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const { port } = pages.address() as AddressInfo;

  return {
    emulator,
    strict,
    pageUrl: (page) => `http://127.0.0.1:${port}/${page}`,
    checks,
    tokenRequests,
    advanceClock: (ms) => {
      offset += ms;
    },
    setSwitches: (change) => {
      strict.authority.setSwitches(change);
    },
    graphAs,
    async storeAs(user) {
      const graph = await graphAs(user);
      const t = await token(sharePointScope(emulator.url), user);
      return createGraphStore(graph, {
        siteId: 'root',
        sharePoint: createSharePointRest({ webUrl: emulator.url, getAccessToken: async () => t }),
      });
    },
    async close() {
      globalThis.fetch = realFetch;
      await new Promise<void>((resolve) => {
        pages.close(() => resolve());
        pages.closeAllConnections();
      });
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
