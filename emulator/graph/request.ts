import { GraphError, badRequest } from './errors';
import type { GraphRequest } from './types';

/** The JSON body of a request, or Graph's 400 when it is not JSON. */
export function readJson(req: GraphRequest): unknown {
  if (req.parsedBody !== undefined) return req.parsedBody;
  const text = req.body.toString('utf8').trim();
  if (text === '') return undefined;
  // Graph reads a JSON body only when it is declared as JSON: no Content-Type is a 400
  // (microsoftgraph/microsoft-graph-docs-contrib#6337), another type (text/plain) a 415
  // RequestBodyRead (learn.microsoft.com/graph/errors; microsoft-graph-docs-contrib#7141).
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '') throw unreadableJson();
  if (type !== 'application/json')
    throw new GraphError(
      415,
      'RequestBodyRead',
      `The content type '${type}' is not supported here: send the body as application/json.`,
    );
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw unreadableJson();
  }
}

const unreadableJson = () =>
  badRequest(
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    'BadRequest',
  );

export function readJsonObject(req: GraphRequest): Record<string, unknown> {
  const body = readJson(req);
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('The request body must be a JSON object.', 'BadRequest');
  return body as Record<string, unknown>;
}

export const methodNotAllowed = (method: string) =>
  new GraphError(405, 'BadRequest', `The HTTP method '${method}' is not allowed on this resource.`);

/** Does `Prefer` ask for non-indexed queries on large lists? */
export const prefersNonIndexedQueries = (req: GraphRequest) =>
  (req.headers.prefer ?? '').toLowerCase().includes('honornonindexedquerieswarningmayfailrandomly');

/** Rebuilds the request URL with some query options replaced, for `@odata.nextLink`. */
export function linkWith(req: GraphRequest, replace: Record<string, string | undefined>): string {
  const query = new URLSearchParams(req.query);
  for (const [key, value] of Object.entries(replace)) {
    query.delete(key);
    query.delete(key.replace(/^\$/, ''));
    if (value !== undefined) query.set(key, value);
  }
  const text = query
    .toString()
    .replace(/%24/g, '$')
    .replace(/%2F/gi, '/')
    .replace(/%2C/gi, ',')
    .replace(/\+/g, '%20');
  return `${req.baseUrl}${req.path}${text ? `?${text}` : ''}`;
}
