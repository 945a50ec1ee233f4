import type { IncomingMessage, ServerResponse } from 'node:http';
import { faultProblem, type Fault, type FaultBook } from './faults';
import { readBody } from './http/io';
import type { RequestStats } from './stats';
import type { Store } from './store/store';
import { ensureSite } from './store/sites';
import { contentOf } from './store/drive';
import { siteResource } from './graph/resources';

export interface ControlState {
  readonly store: Store;
  readonly faults: FaultBook;
  readonly stats: RequestStats;
}

function reply(res: ServerResponse, status: number, body?: unknown) {
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req)).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Test and demo controls, outside /v1.0 so faults and stats never touch them.
 *   POST /_emulator/faults {"faults":[{"status":429,"retryAfterSeconds":0}]} → 200 {"faults":[…pending]}
 *   DELETE /_emulator/faults → 204;  GET /_emulator/stats → {"requests":3,"byMethod":{"GET":3}}
 *   POST /_emulator/stats/reset → 204;  POST /_emulator/delta/expire → 204 (every delta token now answers 410)
 *   POST /_emulator/sites {"path":"/sites/complaints"} → 201 the site
 */
export async function handleControl(
  state: ControlState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/$/, '')}`;
  const download = /^GET \/_emulator\/download\/([A-Za-z0-9]+)$/.exec(route);
  if (download) {
    const file = contentOf(state.store, download[1] ?? '');
    if (!file)
      return reply(res, 404, {
        error: { code: 'itemNotFound', message: 'The file does not exist.' },
      });
    res.writeHead(200, {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.content.length),
    });
    res.end(file.content);
    return;
  }
  switch (route) {
    case 'GET /_emulator/health':
      return reply(res, 200, { ok: true });
    case 'GET /_emulator/faults':
      return reply(res, 200, { faults: state.faults.pending() });
    case 'POST /_emulator/faults': {
      const body = (await readJson(req)) as { faults?: unknown } | undefined;
      const list = body?.faults;
      if (!Array.isArray(list))
        return reply(res, 400, {
          error: { code: 'invalidRequest', message: 'Send {"faults":[...]}.' },
        });
      const problem = list.map(faultProblem).find((message) => message !== undefined);
      if (problem) return reply(res, 400, { error: { code: 'invalidRequest', message: problem } });
      state.faults.add(list as Fault[]);
      return reply(res, 200, { faults: state.faults.pending() });
    }
    case 'DELETE /_emulator/faults':
      state.faults.clear();
      return reply(res, 204);
    case 'GET /_emulator/stats':
      return reply(res, 200, state.stats.snapshot());
    case 'POST /_emulator/stats/reset':
      state.stats.reset();
      return reply(res, 204);
    case 'POST /_emulator/delta/expire':
      state.store.setMeta('deltaEpoch', String(Number(state.store.meta('deltaEpoch') ?? 1) + 1));
      return reply(res, 204);
    case 'POST /_emulator/sites': {
      const body = (await readJson(req)) as { path?: unknown; displayName?: unknown } | undefined;
      const path = body?.path;
      if (typeof path !== 'string' || !/^\/sites\/[A-Za-z0-9_-]+$/.test(path))
        return reply(res, 400, {
          error: { code: 'invalidRequest', message: 'Send {"path":"/sites/<name>"}.' },
        });
      const site = ensureSite(
        state.store,
        path,
        typeof body?.displayName === 'string' ? body.displayName : undefined,
      );
      return reply(res, 201, siteResource(site));
    }
    default:
      return reply(res, 404, {
        error: { code: 'itemNotFound', message: `No emulator control at ${route}.` },
      });
  }
}
