import { request } from 'node:https';

/**
 * A `fetch` that trusts one extra certificate authority: the strict emulator's self-signed
 * certificate, made while the tests run (too late for NODE_EXTRA_CA_CERTS, which Node reads at
 * start). Other URLs go to the real fetch. Enough of fetch for the Graph SDK and our providers.
 */
export function fetchTrusting(
  ca: string,
  origin: string,
  fallback: typeof fetch = globalThis.fetch,
): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const req = new Request(input, init);
    if (!req.url.startsWith(origin)) return fallback(input, init);
    const body =
      req.method === 'GET' || req.method === 'HEAD'
        ? undefined
        : Buffer.from(await req.arrayBuffer());
    const headers: Record<string, string> = {};
    req.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return new Promise<Response>((resolve, reject) => {
      const outgoing = request(req.url, { method: req.method, headers, ca }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const responseHeaders = new Headers();
          for (const [key, value] of Object.entries(incoming.headers)) {
            if (value !== undefined)
              responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
          }
          const status = incoming.statusCode ?? 500;
          const payload = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(payload, { status, headers: responseHeaders }));
        });
        incoming.on('error', reject);
      });
      outgoing.on('error', (error) => reject(new TypeError(`fetch failed: ${error.message}`)));
      outgoing.end(body);
    });
  }) as typeof fetch;
}
