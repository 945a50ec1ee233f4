import type { Store } from '../store/store';
import type { FaultBook } from '../faults';
import type { Principal } from '../security/principal';
import type { UploadSessions } from './uploadSessions';

/**
 * One Graph request, detached from node:http so `$batch` can run its parts through the
 * same router. `path` is the part after `/v1.0`, still percent-encoded.
 */
export interface GraphRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** The body already parsed (a `$batch` part's JSON body): spares writing and reading it again. */
  readonly parsedBody?: unknown;
  /** e.g. `http://127.0.0.1:4321/v1.0`, used to build `@odata.nextLink` and `@odata.context`. */
  readonly baseUrl: string;
  /**
   * Who makes the request (from the bearer token, or the plain emulator's user header);
   * absent: the site's administrator. Writes are checked against it and stamped with it.
   */
  readonly principal?: Principal;
}

export interface GraphResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON value, raw bytes, or nothing (204). */
  readonly body?: unknown;
}

export interface GraphContext {
  readonly store: Store;
  readonly largeListThreshold: number;
  /** Faults also apply to each part of a `$batch`. */
  readonly faults: FaultBook;
  /** Open upload sessions (large files sent in fragments). */
  readonly uploads: UploadSessions;
}

export const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphResponse => ({ status, body, headers });

export const noContent = (): GraphResponse => ({ status: 204 });

/** Reads a query option that Graph accepts with or without the `$` prefix. */
export function queryOption(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}
