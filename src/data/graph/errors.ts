import { GraphError } from '@microsoft/microsoft-graph-client';

/**
 * One error type for every failed Graph call: the HTTP status (0 when no answer came back)
 * and Graph's own error code, so callers can tell a 409 unique-value clash from a 412 ETag
 * mismatch without parsing messages.
 *
 * `new GraphRequestError(412, 'preconditionFailed', 'ETag mismatch')` →
 * `{ status: 412, code: 'preconditionFailed', message: 'ETag mismatch' }`
 */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  constructor(
    /** HTTP status; 0 means no answer (offline, dropped connection, timeout). */
    readonly status: number,
    /** Graph's `error.code`, e.g. `itemNotFound`, `activityLimitReached`; `network` when no answer. */
    readonly code: string,
    message: string,
    /** Seconds the service asked us to wait (Retry-After), when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /**
   * SharePoint refused a query that would read more items than its list view threshold
   * (5,000): narrow it and ask again. SharePoint answers 500 with its own exception code.
   */
  get isThresholdRefusal(): boolean {
    return /SPQueryThrottledException|list view threshold/i.test(`${this.code} ${this.message}`);
  }

  /** A clash on a column that enforces unique values (SharePoint answers 409, sometimes 400). */
  get isUniqueViolation(): boolean {
    return (
      this.status === 409 || (this.status === 400 && /duplicate values|unique/i.test(this.message))
    );
  }
}

/** Graph's error body: `{ error: { code, message } }`. */
export function graphErrorFromBody(
  status: number,
  body: unknown,
  headers?: Headers,
): GraphRequestError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http${status}`;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  return new GraphRequestError(status, code, message, retryAfterOf(headers));
}

function retryAfterOf(headers?: Headers | Record<string, string>): number | undefined {
  const raw =
    headers instanceof Headers
      ? headers.get('Retry-After')
      : headers
        ? (Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1] ?? null)
        : null;
  if (raw === null || raw === undefined) return undefined;
  const seconds = Number(raw);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** Turns whatever the SDK threw into a GraphRequestError; a bug (TypeError in our code) stays a bug. */
export function toGraphRequestError(thrown: unknown): GraphRequestError {
  if (thrown instanceof GraphRequestError) return thrown;
  if (thrown instanceof GraphError) {
    // statusCode -1: fetch itself failed (no answer). The SDK keeps the cause's name in `code`.
    if (thrown.statusCode <= 0) {
      // The token callback failed (signed out, consent missing): that is a 401, not a network fault.
      if (thrown.code === 'AuthRequiredError' || thrown.name === 'AuthRequiredError') {
        return new GraphRequestError(401, 'unauthorized', thrown.message || 'sign in again');
      }
      const timedOut = thrown.code === 'AbortError' || thrown.code === 'TimeoutError';
      return new GraphRequestError(
        0,
        timedOut ? 'timeout' : 'network',
        thrown.message || 'no answer',
      );
    }
    return new GraphRequestError(
      thrown.statusCode,
      thrown.code ?? `http${thrown.statusCode}`,
      thrown.message || `HTTP ${thrown.statusCode}`,
      retryAfterOf(thrown.headers),
    );
  }
  if (thrown instanceof Error && (thrown.name === 'AbortError' || thrown.name === 'TimeoutError')) {
    return new GraphRequestError(0, 'timeout', 'the request took too long');
  }
  if (thrown instanceof TypeError && /fetch|network|socket|ECONN/i.test(thrown.message)) {
    return new GraphRequestError(0, 'network', thrown.message);
  }
  if (
    thrown instanceof Error &&
    /ECONNRESET|ECONNREFUSED|socket hang up|other side closed/i.test(thrown.message)
  ) {
    return new GraphRequestError(0, 'network', thrown.message);
  }
  throw thrown;
}
