/**
 * Runtime fault injection: tests queue faults over `POST /_emulator/faults`; each matching
 * /v1.0 request takes one use of the first fault that matches it.
 *   book.add([{ status: 429, retryAfterSeconds: 0 }]); book.take('POST', '/v1.0/sites/root/lists/Cases/items')
 *   → { status: 429, retryAfterSeconds: 0, ... }, and the next take → undefined
 */
export interface Fault {
  readonly status?: 429 | 500 | 503 | 504;
  readonly retryAfterSeconds?: number;
  readonly latencyMs?: number;
  /** Destroy the socket instead of answering. */
  readonly drop?: boolean;
  readonly method?: string;
  /** JS regular expression tested on the request path (and on path + query). */
  readonly pathPattern?: string;
  /** How many matching requests this fault applies to (default 1). */
  readonly times?: number;
  /** Apply the request, then fail the response: proves clients do not duplicate on retry. */
  readonly afterWrite?: boolean;
}

interface PendingFault extends Fault {
  remaining: number;
  readonly pattern: RegExp | undefined;
}

const STATUSES = new Set([429, 500, 503, 504]);

/** Checks a fault posted by a test; returns a message when it is not valid. */
export function faultProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'each fault must be an object';
  const fault = value as Record<string, unknown>;
  if (fault.status !== undefined && !STATUSES.has(fault.status as number))
    return 'status must be 429, 500, 503 or 504';
  if (fault.status === undefined && fault.drop !== true && fault.latencyMs === undefined)
    return 'a fault needs a status, drop or latencyMs';
  for (const key of ['retryAfterSeconds', 'latencyMs', 'times'] as const)
    if (fault[key] !== undefined && (typeof fault[key] !== 'number' || (fault[key] as number) < 0))
      return `${key} must be a number of 0 or more`;
  if (fault.pathPattern !== undefined) {
    if (typeof fault.pathPattern !== 'string') return 'pathPattern must be a string';
    try {
      new RegExp(fault.pathPattern);
    } catch {
      return `pathPattern '${fault.pathPattern}' is not a valid regular expression`;
    }
  }
  if (fault.method !== undefined && typeof fault.method !== 'string')
    return 'method must be a string';
  return undefined;
}

export class FaultBook {
  private faults: PendingFault[] = [];

  add(faults: readonly Fault[]): void {
    for (const fault of faults)
      this.faults.push({
        ...fault,
        remaining: fault.times ?? 1,
        pattern: fault.pathPattern === undefined ? undefined : new RegExp(fault.pathPattern),
      });
  }

  clear(): void {
    this.faults = [];
  }

  pending(): Fault[] {
    return this.faults.map(({ remaining, pattern: _pattern, ...fault }) => ({
      ...fault,
      times: remaining,
    }));
  }

  take(method: string, path: string, search = ''): Fault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (candidate.method === undefined ||
          candidate.method.toUpperCase() === method.toUpperCase()) &&
        (candidate.pattern === undefined ||
          candidate.pattern.test(path) ||
          candidate.pattern.test(path + search)),
    );
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return fault;
  }
}

const FAULT_ERRORS: Record<number, { code: string; message: string }> = {
  429: {
    code: 'TooManyRequests',
    message:
      'The request has been throttled. Retry after the number of seconds in the Retry-After header.',
  },
  500: { code: 'generalException', message: 'An unspecified error has occurred.' },
  503: {
    code: 'serviceNotAvailable',
    message:
      'The service is temporarily unavailable. Retry after the number of seconds in the Retry-After header.',
  },
  504: { code: 'gatewayTimeout', message: 'The gateway did not receive a response in time.' },
};

export function faultError(status: number): { code: string; message: string } {
  return FAULT_ERRORS[status] ?? { code: 'generalException', message: 'Injected fault.' };
}

/** 429 and 503 carry Retry-After (1 second unless the fault says otherwise). */
export function faultHeaders(fault: Fault): Record<string, string> {
  const seconds =
    fault.retryAfterSeconds ?? (fault.status === 429 || fault.status === 503 ? 1 : undefined);
  return seconds === undefined ? {} : { 'Retry-After': String(seconds) };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
