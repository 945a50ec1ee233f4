import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json } from './types';
import { GraphError, badRequest, errorBody, type ErrorIds } from './errors';
import { methodNotAllowed, readJsonObject } from './request';
import { faultError, faultHeaders, sleep, type Fault } from '../faults';

/** Graph's limit on requests in one JSON batch. */
export const MAX_BATCH_REQUESTS = 20;

interface BatchPart {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

interface BatchAnswer {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

const batchError = (message: string) => new GraphError(400, 'BadRequest', message);

function readParts(req: GraphRequest): BatchPart[] {
  const body = readJsonObject(req);
  if (!Array.isArray(body.requests)) throw batchError("The batch body needs a 'requests' array.");
  if (body.requests.length === 0) throw batchError('A batch needs at least one request.');
  if (body.requests.length > MAX_BATCH_REQUESTS)
    throw batchError(
      `Exceeded maximum number of requests (${MAX_BATCH_REQUESTS}) in a batch: this one has ${body.requests.length}.`,
    );
  const ids = new Set<string>();
  const parts = body.requests.map((raw: unknown, index: number): BatchPart => {
    if (typeof raw !== 'object' || raw === null)
      throw batchError(`Request ${index + 1} of the batch is not an object.`);
    const part = raw as Record<string, unknown>;
    const id = typeof part.id === 'number' ? String(part.id) : part.id;
    if (typeof id !== 'string' || id === '')
      throw batchError(`Request ${index + 1} of the batch has no 'id'.`);
    // Ids are not case-sensitive (https://learn.microsoft.com/graph/json-batching): `a` and `A` clash.
    if (ids.has(id.toLowerCase()))
      throw batchError(`Batch request id '${id}' is used more than once.`);
    ids.add(id.toLowerCase());
    if (typeof part.method !== 'string' || typeof part.url !== 'string')
      throw batchError(`Batch request '${id}' needs 'method' and 'url'.`);
    const headers: Record<string, string> = {};
    if (typeof part.headers === 'object' && part.headers !== null)
      for (const [name, value] of Object.entries(part.headers))
        headers[name.toLowerCase()] = String(value);
    if (part.body !== undefined && headers['content-type'] === undefined)
      throw batchError(`Write request id : ${id} does not contain Content-Type header or body.`);
    const dependsOn = part.dependsOn === undefined ? [] : part.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((dep) => typeof dep !== 'string'))
      throw batchError(`Batch request '${id}': 'dependsOn' must be an array of request ids.`);
    return {
      id,
      method: part.method.toUpperCase(),
      url: part.url,
      headers,
      body: part.body,
      dependsOn: dependsOn as string[],
    };
  });
  for (const part of parts)
    for (const dep of part.dependsOn)
      if (!ids.has(dep.toLowerCase()) || dep.toLowerCase() === part.id.toLowerCase())
        throw batchError(`Batch request '${part.id}' depends on unknown request '${dep}'.`);
  return parts;
}

/** Batch runs dependants after what they depend on; a cycle can never run. */
function executionOrder(parts: readonly BatchPart[]): BatchPart[] {
  const done = new Set<string>();
  const order: BatchPart[] = [];
  let pending = [...parts];
  while (pending.length > 0) {
    const ready = pending.filter((part) =>
      part.dependsOn.every((dep) => done.has(dep.toLowerCase())),
    );
    if (ready.length === 0) throw batchError('The dependsOn of this batch form a cycle.');
    for (const part of ready) {
      order.push(part);
      done.add(part.id.toLowerCase());
    }
    pending = pending.filter((part) => !ready.includes(part));
  }
  return order;
}

function toGraphRequest(req: GraphRequest, part: BatchPart): GraphRequest {
  if (/^[a-z]+:\/\//i.test(part.url))
    throw badRequest(`Batch request '${part.id}': the url must be relative, like '/sites/root'.`);
  const url = new URL(`http://batch/${part.url.replace(/^\/+/, '').replace(/^v1\.0\//, '')}`);
  const common = {
    method: part.method,
    path: url.pathname,
    query: url.searchParams,
    headers: part.headers,
    baseUrl: req.baseUrl,
    // Every part runs as whoever sent the batch, as Graph runs them under the one token.
    ...(req.principal ? { principal: req.principal } : {}),
  };
  if (typeof part.body === 'object' && part.body !== null) {
    // A JSON body, already parsed with the batch: its bytes are only made if a handler asks.
    const parsed = part.body;
    let bytes: Buffer | undefined;
    return {
      ...common,
      parsedBody: parsed,
      get body() {
        return (bytes ??= Buffer.from(JSON.stringify(parsed)));
      },
    };
  }
  const body =
    part.body === undefined
      ? Buffer.alloc(0)
      : typeof part.body === 'string' && !part.headers['content-type']?.includes('json')
        ? Buffer.from(part.body, 'base64')
        : Buffer.from(typeof part.body === 'string' ? part.body : JSON.stringify(part.body));
  return { ...common, body };
}

/** Runs one request that is not a batch, synchronously, and answers it (errors included). */
export type RunOne = (ctx: GraphContext, req: GraphRequest, ids: ErrorIds) => GraphResponse;

/** A part ready to run, or already answered without running. */
type Prepared =
  | { readonly answer: BatchAnswer }
  | { readonly inner: GraphRequest; readonly fault: Fault | undefined; readonly waited: boolean };

const JSON_ERROR_HEADERS = { 'Content-Type': 'application/json' };

function errorAnswer(
  part: BatchPart,
  ids: ErrorIds,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): BatchAnswer {
  return {
    id: part.id,
    status,
    headers: { ...headers, ...JSON_ERROR_HEADERS },
    body: errorBody(code, message, ids),
  };
}

/** Everything decided before a part runs: a failed dependency, a bad url, a fault. */
function preparePart(
  ctx: GraphContext,
  req: GraphRequest,
  part: BatchPart,
  ids: ErrorIds,
  answers: ReadonlyMap<string, BatchAnswer>,
): Prepared {
  const failedDependency = part.dependsOn.find((dep) => (answers.get(dep)?.status ?? 0) >= 400);
  if (failedDependency)
    return {
      answer: errorAnswer(
        part,
        ids,
        424,
        'FailedDependency',
        `Request '${part.id}' was not run because request '${failedDependency}', which it depends on, failed.`,
      ),
    };
  let inner: GraphRequest;
  try {
    inner = toGraphRequest(req, part);
  } catch (failure) {
    if (failure instanceof GraphError)
      return { answer: errorAnswer(part, ids, failure.status, failure.code, failure.message) };
    throw failure;
  }
  if (inner.path === '/$batch')
    return {
      answer: errorAnswer(part, ids, 400, 'BadRequest', 'A batch cannot contain another batch.'),
    };
  // Faults apply to each part too: Graph throttles the parts of a batch one by one.
  const fault = ctx.faults.take(
    part.method,
    `/v1.0${inner.path}`,
    inner.query.size ? `?${inner.query}` : '',
  );
  return { inner, fault, waited: false };
}

const ROLLBACK = Symbol('rollback');

/**
 * Runs one part in its own savepoint: a part that fails leaves nothing behind, and the
 * parts before and after it keep what they wrote.
 */
function runInSavepoint(ctx: GraphContext, run: () => GraphResponse): GraphResponse {
  let response: GraphResponse | undefined;
  try {
    ctx.store.transaction(() => {
      response = run();
      if (response.status >= 400) throw ROLLBACK;
    });
  } catch (thrown) {
    if (thrown !== ROLLBACK) throw thrown;
  }
  return response as GraphResponse;
}

function runPart(
  ctx: GraphContext,
  part: BatchPart,
  inner: GraphRequest,
  fault: Fault | undefined,
  ids: ErrorIds,
  run: RunOne,
): BatchAnswer {
  const failed = () => {
    const status = fault?.drop ? 504 : (fault?.status ?? 503);
    const { code, message } = faultError(status);
    return errorAnswer(part, ids, status, code, message, fault ? faultHeaders(fault) : {});
  };
  if (fault && !fault.afterWrite && (fault.status !== undefined || fault.drop)) return failed();
  const response = runInSavepoint(ctx, () => run(ctx, inner, ids));
  if (fault?.afterWrite && (fault.status !== undefined || fault.drop)) return failed();
  const headers: Record<string, string> = { ...response.headers };
  if (Buffer.isBuffer(response.body))
    return {
      id: part.id,
      status: response.status,
      headers: { 'Content-Type': 'application/octet-stream', ...headers },
      body: response.body.toString('base64'),
    };
  if (response.body !== undefined)
    headers['Content-Type'] =
      'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';
  return {
    id: part.id,
    status: response.status,
    headers,
    ...(response.body === undefined ? {} : { body: response.body }),
  };
}

/**
 * POST /$batch: at most 20 requests, run in order of their `dependsOn`; a request whose
 * dependency failed is answered 424 without running. The parts run in one SQLite
 * transaction, each in its own savepoint (a failed part is undone alone and answered with
 * its own status); injected latency commits what ran so far and waits outside it.
 *   { requests: [{ id: '1', method: 'POST', url: '/sites/root/lists/Cases/items', ... }, { id: '2', dependsOn: ['1'], ... }] }
 *   → 200 { responses: [{ id: '1', status: 201, ... }, { id: '2', status: 200, ... }] }
 */
export async function handleBatch(
  ctx: GraphContext,
  req: GraphRequest,
  ids: ErrorIds,
  run: RunOne,
): Promise<GraphResponse> {
  if (req.method !== 'POST') throw methodNotAllowed(req.method);
  const parts = executionOrder(readParts(req));
  const answers = new Map<string, BatchAnswer>();
  let next = 0;
  /** A part whose injected latency is being waited out before it runs. */
  let delayed: Prepared | undefined;
  while (next < parts.length) {
    let delayMs = 0;
    ctx.store.transaction(() => {
      for (; next < parts.length; next += 1) {
        const part = parts[next] as BatchPart;
        const prepared = delayed ?? preparePart(ctx, req, part, ids, answers);
        delayed = undefined;
        if ('answer' in prepared) {
          answers.set(part.id, prepared.answer);
          continue;
        }
        if (prepared.fault?.latencyMs && !prepared.waited) {
          delayed = { ...prepared, waited: true };
          delayMs = prepared.fault.latencyMs;
          return; // commit what ran so far: no transaction stays open across a wait
        }
        answers.set(part.id, runPart(ctx, part, prepared.inner, prepared.fault, ids, run));
      }
    });
    if (delayMs > 0) await sleep(delayMs);
  }
  return json(200, { responses: parts.map((part) => answers.get(part.id)) });
}
