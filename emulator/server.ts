import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { applyCors, answerPreflight } from './http/cors';
import {
  BodyTooLargeError,
  MAX_BODY_BYTES,
  hasValidEscapes,
  headersOf,
  readBody,
  writeResponse,
} from './http/io';
import { handleControl } from './control';
import { FaultBook, faultError, faultHeaders, sleep, type Fault } from './faults';
import { RequestStats } from './stats';
import { LatencyGate, type LatencyModel } from './latency';
import { errorBody, type ErrorIds } from './graph/errors';
import { runGraph, runUpload } from './graph/dispatch';
import type { GraphContext, GraphRequest, GraphResponse } from './graph/types';
import { UPLOAD_PATH, UploadSessions } from './graph/uploadSessions';
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
import { emulatorLog } from './log';

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
  /**
   * Page origins allowed besides this machine's (`http://localhost:*`, `http://127.0.0.1:*`):
   * e.g. `https://demo.example.org` when the demo's pages are served elsewhere.
   */
  readonly allowedOrigins?: readonly string[];
  /** Largest request body read (default 64 MiB); a larger one is answered 413. */
  readonly maxBodyBytes?: number;
}

export type Authorization =
  | { ok: true; user?: { upn: string; displayName: string } }
  | { ok: false; status: 401 | 403; code: string; message: string };

/** Microsoft Graph's application id, which Graph names in its WWW-Authenticate challenge. */
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

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
  // The directory's people are named in requests (`X-Feedback-Desk-User`, tokens): their names
  // are redacted from every line the emulator logs, in any case (the sign-in name's local part).
  emulatorLog.names.add(directory.names().map((upn) => upn.split('@')[0] ?? ''));

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
    uploads: new UploadSessions(),
  };
  const stats = new RequestStats();
  let latency = options.latency && new LatencyGate(options.latency);
  const scheme = options.https ? 'https' : 'http';
  let origin = '';

  /**
   * An upload session's URL (`graph/uploadSessions.ts`): pre-authenticated like Graph's, so no
   * token is asked for; faults apply to it as to /v1.0, so tests can fail a fragment.
   */
  /**
   * The part of a request both /v1.0 and upload URLs share: reads the body (413 when too large),
   * applies the fault a test set for it (latency; a failure before the work, or after it when
   * the fault says the write happens first) and sends what `run` answers.
   */
  async function serveWithFaults(
    req: IncomingMessage,
    url: URL,
    ids: ErrorIds,
    send: (status: number, response: Parameters<typeof writeResponse>[1]) => void,
    run: (body: Buffer) => Promise<GraphResponse>,
  ): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return send(413, {
        status: 413,
        headers: { Connection: 'close' },
        body: errorBody('RequestEntityTooLarge', error.message, ids),
      });
    }
    const fault = faults.take(req.method ?? 'GET', url.pathname, url.search);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    const fails = fault !== undefined && (fault.status !== undefined || fault.drop === true);
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
    if (fails && !fault.afterWrite) return failNow(fault);
    const response = await run(body);
    if (fails && fault.afterWrite) return failNow(fault);
    send(response.status, response);
  }

  async function handleUploadUrlRequest(req: IncomingMessage, res: ServerResponse, url: URL) {
    const ids = { requestId: randomUUID(), clientRequestId: randomUUID() };
    stats.count(req.method ?? 'GET');
    const send = (status: number, response: Parameters<typeof writeResponse>[1]) => {
      stats.status(status);
      writeResponse(res, response, { 'request-id': ids.requestId });
    };
    await serveWithFaults(req, url, ids, send, async (body) =>
      runUpload(
        ctx,
        {
          method: (req.method ?? 'GET').toUpperCase(),
          path: url.pathname,
          query: url.searchParams,
          headers: headersOf(req),
          body,
          baseUrl: `${origin}/v1.0`,
        },
        url.pathname.slice(UPLOAD_PATH.length),
        ids,
      ),
    );
  }

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
        // RFC 6750 and Graph: a 401 says how to get a token (docs/contracts.md).
        ...(auth.status === 401
          ? {
              headers: {
                'WWW-Authenticate': `Bearer realm="", authorization_uri="${origin}/_dev/token", client_id="${GRAPH_APP_ID}"${req.headers.authorization ? ', error="invalid_token"' : ''}`,
              },
            }
          : {}),
        body: errorBody(auth.code, auth.message, ids),
      });
    await serveWithFaults(req, url, ids, send, async (body) => {
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
      return latency
        ? latency.serve(client, () => runGraph(ctx, graphRequest, ids))
        : runGraph(ctx, graphRequest, ids);
    });
  }

  /** SharePoint's REST API for groups and permissions (`security/rest.ts`). */
  async function handleRestRequest(req: IncomingMessage, res: ServerResponse, url: URL) {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json;odata=nometadata;charset=utf-8' });
      res.end(JSON.stringify(body ?? {}));
    };
    const restError = (code: string, message: string) => ({
      'odata.error': { code, message: { lang: 'en-US', value: message } },
    });
    const auth = whoIs(req, 'sharepoint');
    let body: Buffer;
    try {
      body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      res.setHeader('Connection', 'close');
      return reply(413, restError('RequestEntityTooLarge', error.message));
    }
    const answer = auth.ok
      ? handleSharePointRest(store, directory, {
          method: (req.method ?? 'GET').toUpperCase(),
          path: url.pathname,
          query: url.searchParams,
          body,
          principal: auth.principal,
        })
      : { status: auth.status, body: restError(auth.code, auth.message) };
    reply(answer.status, answer.body);
  }

  /** An answer outside the Graph pipeline (refused origin, bad URL, unknown path). */
  const refuse = (res: ServerResponse, status: number, code: string, message: string) =>
    writeResponse(
      res,
      { status, body: errorBody(code, message, { requestId: randomUUID(), clientRequestId: '' }) },
      {},
    );

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!applyCors(req, res, options.allowedOrigins ?? []))
      return refuse(
        res,
        403,
        'accessDenied',
        "Pages on this origin may not call the emulator: only the demo's own pages may (start it with --allow-origin to add one).",
      );
    if (answerPreflight(req, res)) return;
    if (!hasValidEscapes(req.url ?? '/'))
      return refuse(res, 400, 'BadRequest', 'The request URL has a malformed percent-encoding.');
    if (options.extraRoutes && (await options.extraRoutes(req, res))) return;
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/v1.0' || url.pathname.startsWith('/v1.0/'))
      return handleGraphRequest(req, res, url);
    if (splitRestPath(url.pathname)) return handleRestRequest(req, res, url);
    if (url.pathname.startsWith(UPLOAD_PATH)) return handleUploadUrlRequest(req, res, url);
    if (url.pathname.startsWith('/_emulator/'))
      return handleControl({ store, faults, stats }, req, res, url);
    refuse(
      res,
      404,
      'BadRequest',
      'Only /v1.0 (Microsoft Graph), SharePoint REST (/_api) and /_emulator are served here.',
    );
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError && !res.headersSent) {
        res.setHeader('Connection', 'close');
        return refuse(res, 413, 'RequestEntityTooLarge', error.message);
      }
      emulatorLog.error('request failed', error);
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
