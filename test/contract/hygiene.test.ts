import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createList,
  errorBodyOf,
  failure,
  startHarness,
  type Harness,
  type ListHandle,
} from './harness';

/**
 * Malformed requests are answered as Graph answers them (400, 413, 415) with Graph's error
 * body and no stack trace; only the demo's own pages may call the emulator from a browser;
 * its data is the owner's alone; a 401 says how to get a token. docs/contracts.md, "What the
 * emulator models".
 */
let h: Harness;
let list: ListHandle;
const LIMIT = 4096;

beforeAll(async () => {
  h = await startHarness({ maxBodyBytes: LIMIT, allowedOrigins: ['https://demo.example.org'] });
  list = await createList(h.client, 'Hygiene', [
    { name: 'Note', text: { allowMultipleLines: true } },
  ]);
});
afterAll(() => h.stop());

describe('malformed requests', () => {
  it('answers a malformed percent-encoding in the path with 400 BadRequest, not 500', async () => {
    const error = await failure(h.client.api('/sites/root/lists/Cases%zz/items').get());
    expect(error.statusCode).toBe(400);
    expect(errorBodyOf(error).code).toBe('BadRequest');
    expect(error.message).not.toMatch(/at \w+ \(|URIError/);
  });

  it('answers a truncated escape in a $batch part with 400 for that part alone', async () => {
    const answer = (await h.client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: '/sites/root/lists/%E0%A4%A' },
        { id: '2', method: 'GET', url: `/sites/root/lists/${list.id}` },
      ],
    })) as { responses: { id: string; status: number; body: { error?: { code: string } } }[] };
    const byId = new Map(answer.responses.map((r) => [r.id, r]));
    expect(byId.get('1')?.status).toBe(400);
    expect(byId.get('1')?.body.error?.code).toBe('BadRequest');
    expect(byId.get('2')?.status).toBe(200);
  });

  it('answers a body over the limit with 413 and writes nothing', async () => {
    const error = await failure(
      h.client.api(list.items).post({ fields: { Title: 'Too long', Note: 'x'.repeat(LIMIT) } }),
    );
    expect(error.statusCode).toBe(413);
    expect(errorBodyOf(error).code).toBe('RequestEntityTooLarge');
    const items = (await h.client.api(list.items).get()) as { value: unknown[] };
    expect(items.value).toHaveLength(0);
    // The connection was answered, not reset: the next request works.
    const ok = (await h.client.api(list.items).post({ fields: { Title: 'Fits' } })) as {
      id: string;
    };
    expect(ok.id).toBeTruthy();
  });

  it('answers a JSON body sent as text/plain with 415 RequestBodyRead', async () => {
    const error = await failure(
      h.client
        .api(list.items)
        .header('Content-Type', 'text/plain')
        .post(JSON.stringify({ fields: { Title: 'Plain' } })),
    );
    expect(error.statusCode).toBe(415);
    expect(errorBodyOf(error).code).toBe('RequestBodyRead');
  });

  it('answers a JSON body without a content type with 400, as Graph does', async () => {
    const response = await fetch(`${h.emulator.graphUrl}${list.items}`, {
      method: 'POST',
      body: new Uint8Array(Buffer.from(JSON.stringify({ fields: { Title: 'Untyped' } }))),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.message).toContain('Content-Type');
  });
});

describe('CORS: the demo’s own pages only', () => {
  const preflight = (origin: string, path = '/v1.0/sites/root') =>
    fetch(`${h.emulator.url}${path}`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
    });

  it('allows pages on this machine on any port, and an origin given with allowedOrigins', async () => {
    for (const origin of [
      'http://localhost:3000',
      'http://127.0.0.1:40123',
      'https://demo.example.org',
    ]) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('refuses any other origin, never answering with *, on Graph, control and token paths', async () => {
    for (const path of ['/v1.0/sites/root', '/_emulator/stats', '/_dev/token']) {
      for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null']) {
        const response = await preflight(origin, path);
        expect(response.status).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      }
    }
    const simple = await fetch(`${h.emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      body: JSON.stringify({ status: 503 }),
    });
    expect(simple.status).toBe(403);
    // The refused request changed nothing: a read still works.
    const site = (await h.client.api('/sites/root').get()) as { id: string };
    expect(site.id).toBeTruthy();
  });
});

describe('the data directory', () => {
  it('is readable by its owner only: directory 0700, database files 0600', () => {
    expect(statSync(h.dataDir).mode & 0o777).toBe(0o700);
    for (const file of ['graph.sqlite', 'graph.sqlite-wal', 'graph.sqlite-shm'])
      expect(statSync(join(h.dataDir, file)).mode & 0o777, file).toBe(0o600);
  });
});

describe('401 answers', () => {
  it('carry WWW-Authenticate: Bearer with where to get a token', async () => {
    const locked = await startHarness({
      authorize: (req) =>
        req.headers.authorization === 'Bearer good'
          ? { ok: true }
          : {
              ok: false,
              status: 401,
              code: 'InvalidAuthenticationToken',
              message: 'Access token validation failure.',
            },
    });
    // The SDK sends a token only over https; over the emulator's http, fetch sends it.
    const withToken = (token: string) =>
      fetch(`${locked.emulator.graphUrl}/sites/root`, {
        headers: { Authorization: `Bearer ${token}` },
      });
    try {
      const missing = await failure(locked.client.api('/sites/root').get());
      expect(missing.statusCode).toBe(401);
      const challenge = missing.headers?.get('www-authenticate') ?? '';
      expect(challenge).toMatch(/^Bearer /);
      expect(challenge).toContain('authorization_uri=');
      expect(challenge).toContain('client_id="00000003-0000-0000-c000-000000000000"');
      const wrong = await withToken('expired');
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
      expect((await withToken('good')).status).toBe(200);
    } finally {
      await locked.stop();
    }
  });
});
