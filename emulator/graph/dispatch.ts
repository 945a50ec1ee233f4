import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { GraphError, errorBody, type ErrorIds } from './errors';
import { routeGraph } from './router';
import { handleBatch } from './batch';
import { handleUploadRequest } from './drive';
import { emulatorLog } from '../log';

/** Graph's error body for a failure; a bug is logged without the request body (personal data). */
function failureResponse(req: GraphRequest, error: unknown, ids: ErrorIds): GraphResponse {
  if (error instanceof GraphError)
    return {
      status: error.status,
      headers: error.headers,
      body: errorBody(error.code, error.message, ids, new Date(), error.innerCode),
    };
  // A malformed percent-encoding in a path (a `$batch` part's URL): Graph's 400, no stack trace.
  if (error instanceof URIError)
    return {
      status: 400,
      body: errorBody('BadRequest', 'The request URL has a malformed percent-encoding.', ids),
    };
  emulatorLog.error(`${req.method} ${req.path} failed`, error);
  return {
    status: 500,
    body: errorBody('generalException', 'An unspecified error has occurred.', ids),
  };
}

/**
 * Runs one request that is not a `$batch`, synchronously (so a batch can run its parts in
 * one transaction), and turns failures into Graph's error body; a bug becomes a 500
 * `generalException`.
 *   runOne(ctx, { method: 'GET', path: '/sites/root', ... }, ids) → { status: 200, body: { id: … } }
 */
export function runOne(ctx: GraphContext, req: GraphRequest, ids: ErrorIds): GraphResponse {
  try {
    return routeGraph(ctx, req);
  } catch (error) {
    return failureResponse(req, error, ids);
  }
}

/** Runs one Graph request: a `$batch` (whose parts may wait on injected latency) or any other. */
export async function runGraph(
  ctx: GraphContext,
  req: GraphRequest,
  ids: ErrorIds,
): Promise<GraphResponse> {
  if (req.path !== '/$batch' && req.path.toLowerCase() !== '/%24batch')
    return runOne(ctx, req, ids);
  try {
    return await handleBatch(ctx, req, ids, runOne);
  } catch (error) {
    return failureResponse(req, error, ids);
  }
}

/** Runs a request to an upload session's URL, with Graph's error bodies. */
export function runUpload(
  ctx: GraphContext,
  req: GraphRequest,
  sessionId: string,
  ids: ErrorIds,
): GraphResponse {
  try {
    return handleUploadRequest(ctx, req, sessionId);
  } catch (error) {
    return failureResponse(req, error, ids);
  }
}
