import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json } from './types';
import { GraphError, badRequest, errorBody, type ErrorIds } from './errors';
import { methodNotAllowed, readJsonObject } from './request';
import { faultError, faultHeaders, sleep } from '../faults';

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
    if (ids.has(id)) throw batchError(`Batch request id '${id}' is used more than once.`);
    ids.add(id);
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
      if (!ids.has(dep) || dep === part.id)
        throw batchError(`Batch request '${part.id}' depends on unknown request '${dep}'.`);
  return parts;
}

/** Batch runs dependants after what they depend on; a cycle can never run. */
function executionOrder(parts: readonly BatchPart[]): BatchPart[] {
  const done = new Set<string>();
  const order: BatchPart[] = [];
  let pending = [...parts];
  while (pending.length > 0) {
    const ready = pending.filter((part) => part.dependsOn.every((dep) => done.has(dep)));
    if (ready.length === 0) throw batchError('The dependsOn of this batch form a cycle.');
    for (const part of ready) {
      order.push(part);
      done.add(part.id);
    }
    pending = pending.filter((part) => !ready.includes(part));
  }
  return order;
}

function toGraphRequest(req: GraphRequest, part: BatchPart): GraphRequest {
  if (/^[a-z]+:\/\//i.test(part.url))
    throw badRequest(`Batch request '${part.id}': the url must be relative, like '/sites/root'.`);
  const url = new URL(`http://batch/${part.url.replace(/^\/+/, '').replace(/^v1\.0\//, '')}`);
  const body =
    part.body === undefined
      ? Buffer.alloc(0)
      : typeof part.body === 'string' && !part.headers['content-type']?.includes('json')
        ? Buffer.from(part.body, 'base64')
        : Buffer.from(typeof part.body === 'string' ? part.body : JSON.stringify(part.body));
  return {
    method: part.method,
    path: url.pathname,
    query: url.searchParams,
    headers: part.headers,
    body,
    baseUrl: req.baseUrl,
  };
}

type Run = (ctx: GraphContext, req: GraphRequest, ids: ErrorIds) => Promise<GraphResponse>;

async function answerPart(
  ctx: GraphContext,
  req: GraphRequest,
  part: BatchPart,
  ids: ErrorIds,
  run: Run,
): Promise<BatchAnswer> {
  const error = (
    status: number,
    code: string,
    message: string,
    headers: Record<string, string> = {},
  ): BatchAnswer => ({
    id: part.id,
    status,
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: errorBody(code, message, ids),
  });
  let inner: GraphRequest;
  try {
    inner = toGraphRequest(req, part);
  } catch (failure) {
    if (failure instanceof GraphError) return error(failure.status, failure.code, failure.message);
    throw failure;
  }
  if (inner.path === '/$batch')
    return error(400, 'BadRequest', 'A batch cannot contain another batch.');
  // Faults apply to each part too: Graph throttles the parts of a batch one by one.
  const fault = ctx.faults.take(
    part.method,
    `/v1.0${inner.path}`,
    inner.query.size ? `?${inner.query}` : '',
  );
  if (fault?.latencyMs) await sleep(fault.latencyMs);
  const failed = () => {
    const status = fault?.drop ? 504 : (fault?.status ?? 503);
    const { code, message } = faultError(status);
    return error(status, code, message, fault ? faultHeaders(fault) : {});
  };
  if (fault && !fault.afterWrite && (fault.status !== undefined || fault.drop)) return failed();
  const response = await run(ctx, inner, ids);
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
 * dependency failed is answered 424 without running.
 *   { requests: [{ id: '1', method: 'POST', url: '/sites/root/lists/Cases/items', ... }, { id: '2', dependsOn: ['1'], ... }] }
 *   → 200 { responses: [{ id: '1', status: 201, ... }, { id: '2', status: 200, ... }] }
 */
export async function handleBatch(
  ctx: GraphContext,
  req: GraphRequest,
  ids: ErrorIds,
  run: Run,
): Promise<GraphResponse> {
  if (req.method !== 'POST') throw methodNotAllowed(req.method);
  const parts = executionOrder(readParts(req));
  const answers = new Map<string, BatchAnswer>();
  for (const part of parts) {
    const failedDependency = part.dependsOn.find((dep) => (answers.get(dep)?.status ?? 0) >= 400);
    const answer = failedDependency
      ? {
          id: part.id,
          status: 424,
          headers: { 'Content-Type': 'application/json' },
          body: errorBody(
            'FailedDependency',
            `Request '${part.id}' was not run because request '${failedDependency}', which it depends on, failed.`,
            ids,
          ),
        }
      : await answerPart(ctx, req, part, ids, run);
    answers.set(part.id, answer);
  }
  return json(200, { responses: parts.map((part) => answers.get(part.id)) });
}
