import type { GraphClient } from './client';
import { graphErrorFromBody, type GraphRequestError } from './errors';

/** One request inside a JSON `$batch`; `url` is relative to the version root. */
export interface BatchRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface BatchResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

interface WireResponse {
  id: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Graph takes at most 20 requests in one `$batch`. */
export const BATCH_LIMIT = 20;
const RETRYABLE = new Set([429, 503, 504]);

export interface BatchOptions {
  /** Rounds of retrying throttled sub-requests before giving their 429/503 back. Default 5. */
  readonly maxRetries?: number;
  /** Seconds to wait when a throttled sub-request gives no Retry-After. Default 2. */
  readonly defaultDelaySeconds?: number;
  /** Batches in flight at once. Default 1 (SharePoint throttles eager clients). */
  readonly concurrency?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Sends independent requests through JSON `$batch`, 20 at a time, and returns one response
 * per request in the same order. Sub-requests that come back 429/503/504 are sent again
 * (after the longest Retry-After among them) — the outer request's own throttling is the
 * SDK RetryHandler's job. `runBatch(client, [{ method: 'GET', url: '/sites/root' }])` →
 * `[{ status: 200, body: { id: 'root', … }, headers: {…} }]`
 */
export async function runBatch(
  client: GraphClient,
  requests: readonly BatchRequest[],
  options: BatchOptions = {},
): Promise<BatchResponse[]> {
  const results: BatchResponse[] = new Array(requests.length);
  const chunks: number[][] = [];
  for (let start = 0; start < requests.length; start += BATCH_LIMIT) {
    chunks.push(
      Array.from({ length: Math.min(BATCH_LIMIT, requests.length - start) }, (_, i) => start + i),
    );
  }
  const concurrency = Math.max(1, options.concurrency ?? 1);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      await sendChunk(client, requests, chunk, results, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
  return results;
}

async function sendChunk(
  client: GraphClient,
  requests: readonly BatchRequest[],
  indexes: readonly number[],
  results: BatchResponse[],
  options: BatchOptions,
): Promise<void> {
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const maxRetries = options.maxRetries ?? 5;
  let pending = [...indexes];
  for (let round = 0; pending.length > 0; round += 1) {
    const payload = {
      requests: pending.map((index) => {
        const request = requests[index]!;
        const hasBody = request.body !== undefined;
        return {
          id: String(index),
          method: request.method,
          url: request.url,
          ...(hasBody ? { body: request.body } : {}),
          headers: {
            ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
            ...(request.headers ?? {}),
          },
        };
      }),
    };
    const answer = await client.post<{ responses?: WireResponse[] }>('/$batch', payload);
    const throttled: number[] = [];
    let waitSeconds = 0;
    for (const response of answer.responses ?? []) {
      const index = Number(response.id);
      const headers = response.headers ?? {};
      results[index] = { status: response.status, body: response.body, headers };
      if (RETRYABLE.has(response.status) && round < maxRetries) {
        throttled.push(index);
        const retryAfter = Number(
          Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1],
        );
        waitSeconds = Math.max(
          waitSeconds,
          Number.isFinite(retryAfter)
            ? retryAfter
            : (options.defaultDelaySeconds ?? 2) * 2 ** round,
        );
      }
    }
    pending = throttled;
    if (pending.length > 0) await sleep(Math.min(waitSeconds, 180) * 1000);
  }
}

/** A sub-response as a GraphRequestError when it failed, for the same handling as single calls. */
export function batchError(response: BatchResponse): GraphRequestError | undefined {
  if (response.status < 400) return undefined;
  return graphErrorFromBody(response.status, response.body, new Headers(response.headers));
}
