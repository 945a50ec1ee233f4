/**
 * Graph-shaped failures. Handlers throw a GraphError; the router turns it into
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`.
 *
 *   throw new GraphError(400, 'invalidRequest', "Field 'Foo' is not recognized")
 *   // → 400 {"error":{"code":"invalidRequest","message":"Field 'Foo' is not recognized",...}}
 */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** A more specific code Graph puts in `innerError.code` (e.g. the kind of delta resync). */
    readonly innerCode?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'invalidRequest') =>
  new GraphError(400, code, message);

export const notFound = (message = 'The resource could not be found.') =>
  new GraphError(404, 'itemNotFound', message);

/** Graph answers an unknown URL segment with 400, not 404. */
export const unknownSegment = (segment: string) =>
  new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

export interface ErrorIds {
  readonly requestId: string;
  readonly clientRequestId: string;
}

/** The JSON body Graph sends with every error. */
export function errorBody(
  code: string,
  message: string,
  ids: ErrorIds,
  now = new Date(),
  innerCode?: string,
) {
  return {
    error: {
      code,
      message,
      innerError: {
        ...(innerCode ? { code: innerCode } : {}),
        date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}
