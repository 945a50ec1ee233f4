import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphResponse } from '../graph/types';

/** Largest body the emulator reads by default (uploads of archived emails included). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** A body over the limit: the server answers 413 (docs/contracts.md, "What the emulator models"). */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
  }
}

/**
 * The whole body, or a BodyTooLargeError as soon as it passes `limit` (checked on
 * Content-Length first, so an honest client is answered before it sends the bytes). The rest
 * of an oversized body is read and dropped, so the 413 reaches the client instead of a reset.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLargeError(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/**
 * False when a `%` escape in the URL is malformed (`%zz`, `%E0%A4%A`, a lone `%`): Graph
 * answers those 400, never 500.
 *   hasValidEscapes('/sites/root/lists/Cases%20Archive') → true; hasValidEscapes('/sites/%zz') → false
 */
export function hasValidEscapes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const GRAPH_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Writes a GraphResponse: JSON bodies as Graph's content type, buffers as they are. */
export function writeResponse(
  res: ServerResponse,
  response: GraphResponse,
  extraHeaders: Record<string, string>,
): void {
  const headers: Record<string, string> = { ...extraHeaders, ...response.headers };
  if (response.body === undefined || response.status === 204) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  if (Buffer.isBuffer(response.body)) {
    headers['Content-Type'] ??= 'application/octet-stream';
    res.writeHead(response.status, headers);
    res.end(response.body);
    return;
  }
  const text = JSON.stringify(response.body);
  res.writeHead(response.status, { ...headers, 'Content-Type': GRAPH_JSON });
  res.end(text);
}

export function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined)
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}
