import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { GraphError, errorBody, type ErrorIds } from './errors';
import { routeGraph } from './router';
import { handleBatch } from './batch';

/**
 * Runs one Graph request and turns failures into Graph's error body; a bug becomes a
 * 500 `generalException` (logged without the request body: it may hold personal data).
 */
export async function runGraph(
  ctx: GraphContext,
  req: GraphRequest,
  ids: ErrorIds,
): Promise<GraphResponse> {
  try {
    if (req.path === '/$batch' || req.path.toLowerCase() === '/%24batch')
      return await handleBatch(ctx, req, ids, runGraph);
    return await routeGraph(ctx, req);
  } catch (error) {
    if (error instanceof GraphError)
      return {
        status: error.status,
        headers: error.headers,
        body: errorBody(error.code, error.message, ids),
      };
    console.error(`emulator: ${req.method} ${req.path} failed:`, error);
    return {
      status: 500,
      body: errorBody('generalException', 'An unspecified error has occurred.', ids),
    };
  }
}
