import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'content-range',
  'if-match',
  'if-none-match',
  'prefer',
  'client-request-id',
  'sdkversion',
  'return-client-request-id',
  'retry-attempt',
  'accept',
  'cache-control',
];
const EXPOSED_HEADERS =
  'ETag, Retry-After, request-id, client-request-id, Location, Preference-Applied, WWW-Authenticate';

/** Loopback host names: the demo serves its pages (tab, pane, workbench) from this machine. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * May a page on `origin` call the emulator? Only the demo's own pages may: any port on this
 * machine (the dev server, the workbench and the e2e stacks pick free ports), plus the
 * origins given with `--allow-origin`. A page on any other site must not be able to read
 * the lists or drive `/_emulator` and `/_dev/token` from someone's browser.
 *   originAllowed('http://127.0.0.1:3000', []) → true
 *   originAllowed('https://evil.example', []) → false
 */
export function originAllowed(origin: string, extra: readonly string[]): boolean {
  if (extra.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname);
}

/**
 * Allows the request's origin when it is one of the demo's; a request without `Origin` (a
 * script, a test, the CLI) needs no CORS headers. Returns false when the origin is refused.
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  extra: readonly string[],
): boolean {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (origin === undefined) return true;
  if (!originAllowed(origin, extra)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  return true;
}

/** Answers a CORS preflight; returns true when the request was one. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined)
    return false;
  const requested = String(req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((header) => header.trim().toLowerCase())
    .filter(
      (header) => header !== '' && (ALLOWED_HEADERS.includes(header) || header.startsWith('x-')),
    );
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': [...new Set([...ALLOWED_HEADERS, ...requested])].join(', '),
    'Access-Control-Max-Age': '600',
  });
  res.end();
  return true;
}
