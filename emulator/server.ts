import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { applyCors, answerPreflight } from './http/cors';
import { headersOf, readBody, writeResponse } from './http/io';
import { handleControl } from './control';
import { FaultBook, faultError, faultHeaders, sleep, type Fault } from './faults';
import { RequestStats } from './stats';
import { LatencyGate, type LatencyModel } from './latency';
import { errorBody } from './graph/errors';
import { runGraph } from './graph/dispatch';
import type { GraphContext, GraphRequest } from './graph/types';
import { openStore } from './store/store';
import { ensureSite } from './store/sites';
import {
  ADMIN,
  DEV_USER_HEADER,
  Directory,
  type DirectoryPerson,
  type Principal,
} from './security/principal';
import { createSecuritySchema } from './security/permissions';
import { handleSharePointRest, splitRestPath } from './security/rest';
import { refreshIndexes } from './store/columns';
import { DEFAULT_TIME_ZONE, assertTimeZone } from './store/siteTime';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Where the SQLite database lives; created if missing. */
  readonly dataDir: string;
  /**
   * SharePoint's list view threshold (5,000): on a list holding more items, a query whose
   * filter matches more than this many items is refused.
   */
  readonly largeListThreshold?: number;
  /** The sites' time zone (IANA name); date-only values are stored at midnight there. */
  readonly timeZone?: string;
  readonly https?: { key: string | Buffer; cert: string | Buffer };
  /**
   * Checks each /v1.0 (`graph`) and SharePoint REST `_api` (`sharepoint`) request, e.g. a dev
   * bearer token, and says who makes it (`user`; absent: the site's administrator).
   * Without it, the plain emulator takes the `X-Feedback-Desk-User: <upn>` header (a person of
   * `directory`) as who makes the request, and no header as the administrator.
   */
  readonly authorize?: (req: IncomingMessage, resource: 'graph' | 'sharepoint') => Authorization;
  /** The people tokens and the user header may name (the emulator's Entra ID). */
  readonly directory?: Directory | readonly DirectoryPerson[];
  /** Extra endpoints (e.g. a dev token endpoint); return true when handled. */
  readonly extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** SharePoint Online's speed (emulator/latency.ts); off unless asked for. */
  readonly latency?: LatencyModel;
}

export type Authorization =
  | { ok: true; user?: { upn: string; displayName: string } }
  | { ok: false; status: 401 | 403; code: string; message: string };

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `url + '/v1.0'` */
  readonly graphUrl: string;
  /** Turns the latency model on or off (the benchmarks seed at full speed, then measure). */
  setLatency(model: LatencyModel | undefined): void;
  close(): Promise<void>;
}

/**
 * Starts the Graph emulator.
 *   const emulator = await startEmulator({ dataDir: '.data/emulator' });
 *   emulator.graphUrl → 'http://127.0.0.1:40123/v1.0'; GET {graphUrl}/sites/root → the root site
 */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  if (options.timeZone) assertTimeZone(options.timeZone);
  const store = openStore(options.dataDir);
  createSecuritySchema(store);
  store.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  refreshIndexes(store);
  ensureSite(store, '/', 'Feedback Desk');
  const directory =
    options.directory instanceof Directory
      ? options.directory
      : new Directory(options.directory ?? []);

  /** Who makes the request, or why it is refused. */
  function whoIs(
    req: IncomingMessage,
    resource: 'graph' | 'sharepoint',
  ):
    | { ok: true; principal: Principal }
    | { ok: false; status: 400 | 401 | 403; code: string; message: string } {
    if (options.authorize) {
      const auth = options.authorize(req, resource);
      if (!auth.ok) return auth;
      return {
        ok: true,
        principal: auth.user ? { kind: 'user', ...auth.user } : ADMIN,
      };
    }
    const named = req.headers[DEV_USER_HEADER]?.toString().trim();
    // Without a directory the emulator has no people: every request is the administrator's.
    if (!named || directory.size === 0) return { ok: true, principal: ADMIN };
    const person = directory.find(named);
    if (!person)
      return {
        ok: false,
        status: 400,
        code: 'invalidRequest',
        message: `The ${DEV_USER_HEADER} header names nobody in the emulator's directory.`,
      };
    return { ok: true, principal: { kind: 'user', ...person } };
  }
  const faults = new FaultBook();
  const ctx: GraphContext = {
    store,
    faults,
    largeListThreshold: options.largeListThreshold ?? 5000,
  };
  const stats = new RequestStats();
  let latency = options.latency && new LatencyGate(options.latency);
  const scheme = options.https ? 'https' : 'http';
  let origin = '';

  async function handleGraphRequest(req: IncomingMessage, res: ServerResponse, url: URL) {
    const requestId = randomUUID();
    const clientRequestId = req.headers['client-request-id']?.toString() ?? requestId;
    const ids = { requestId, clientRequestId };
    const idHeaders = {
      'request-id': requestId,
      'client-request-id': clientRequestId,
      Date: new Date().toUTCString(),
    };
    stats.count(req.method ?? 'GET');
    const send = (status: number, response: Parameters<typeof writeResponse>[1]) => {
      stats.status(status);
      writeResponse(res, response, idHeaders);
    };
    const auth = whoIs(req, 'graph');
    if (!auth.ok)
      return send(auth.status, {
        status: auth.status,
        body: errorBody(auth.code, auth.message, ids),
      });
    const body = await readBody(req);
    const fault: Fault | undefined = faults.take(req.method ?? 'GET', url.pathname, url.search);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    const failNow = (f: Fault) => {
      if (f.drop) {
        stats.status(0);
        req.socket.destroy();
        return;
      }
      const status = f.status ?? 503;
      const { code, message } = faultError(status);
      send(status, { status, headers: faultHeaders(f), body: errorBody(code, message, ids) });
    };
    if (fault && !fault.afterWrite && (fault.status !== undefined || fault.drop))
      return failNow(fault);
    const graphRequest: GraphRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname.slice('/v1.0'.length) || '/',
      query: url.searchParams,
      headers: headersOf(req),
      body,
      baseUrl: `${origin}/v1.0`,
      principal: auth.principal,
    };
    // One client is one signed-in user (the bearer token), else one address.
    const client = req.headers.authorization ?? req.socket.remoteAddress ?? '';
    const response = latency
      ? await latency.serve(client, () => runGraph(ctx, graphRequest, ids))
      : await runGraph(ctx, graphRequest, ids);
    if (fault?.afterWrite && (fault.status !== undefined || fault.drop)) return failNow(fault);
    send(response.status, response);
  }

  /** SharePoint's REST API for groups and permissions (`security/rest.ts`). */
  async function handleRestRequest(req: IncomingMessage, res: ServerResponse, url: URL) {
    const auth = whoIs(req, 'sharepoint');
    const body = await readBody(req);
    const answer = auth.ok
      ? handleSharePointRest(store, directory, {
          method: (req.method ?? 'GET').toUpperCase(),
          path: url.pathname,
          query: url.searchParams,
          body,
          principal: auth.principal,
        })
      : {
          status: auth.status,
          body: {
            'odata.error': { code: auth.code, message: { lang: 'en-US', value: auth.message } },
          },
        };
    res.writeHead(answer.status, {
      'Content-Type': 'application/json;odata=nometadata;charset=utf-8',
    });
    res.end(JSON.stringify(answer.body ?? {}));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    applyCors(req, res);
    if (answerPreflight(req, res)) return;
    if (options.extraRoutes && (await options.extraRoutes(req, res))) return;
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/v1.0' || url.pathname.startsWith('/v1.0/'))
      return handleGraphRequest(req, res, url);
    if (splitRestPath(url.pathname)) return handleRestRequest(req, res, url);
    if (url.pathname.startsWith('/_emulator/'))
      return handleControl({ store, faults, stats }, req, res, url);
    const ids = { requestId: randomUUID(), clientRequestId: '' };
    writeResponse(
      res,
      {
        status: 404,
        body: errorBody(
          'BadRequest',
          'Only /v1.0 (Microsoft Graph), SharePoint REST (/_api) and /_emulator are served here.',
          ids,
        ),
      },
      {},
    );
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error('emulator: request failed:', error);
      if (!res.headersSent)
        writeResponse(
          res,
          {
            status: 500,
            body: errorBody('generalException', 'An unspecified error has occurred.', {
              requestId: randomUUID(),
              clientRequestId: '',
            }),
          },
          {},
        );
      else res.destroy();
    });
  };
  const server = options.https
    ? createHttpsServer(options.https, listener)
    : createHttpServer(listener);
  // Idle keep-alive connections stay open for a minute, as Graph's front door keeps them
  // (minutes, not Node's 5 s): a client busy for a few seconds between two requests (an import
  // planning 100,000 rows) otherwise sends its next request on a socket the emulator just closed.
  server.keepAliveTimeout = 60_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  }).catch((error: unknown) => {
    store.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  origin = `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url: origin,
    graphUrl: `${origin}/v1.0`,
    setLatency(model) {
      latency = model && new LatencyGate(model);
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
