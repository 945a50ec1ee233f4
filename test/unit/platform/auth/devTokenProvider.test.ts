import { describe, expect, it } from 'vitest';
import { ok } from '../../../../src/domain/primitives/result';
import { SITES_SELECTED } from '../../../../src/platform/auth/accessTokenProvider';
import { createDevTokenProvider } from '../../../../src/platform/auth/devTokenProvider';

/** A token endpoint answering from a queue, recording each request body. */
function endpoint(...replies: Array<[number, unknown]>) {
  const bodies: unknown[] = [];
  const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    const [status, body] = replies.shift() ?? [500, {}];
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { fetch, bodies };
}

const SCOPES = [SITES_SELECTED];
const token = (value: string, expiresIn = 3600) =>
  [200, { access_token: value, token_type: 'Bearer', expires_in: expiresIn }] as [number, unknown];

describe('development token provider', () => {
  it('asks the endpoint once and caches the token until shortly before it expires', async () => {
    let now = 0;
    const { fetch, bodies } = endpoint(token('a', 120), token('b'));
    const provider = createDevTokenProvider({
      tokenUrl: 'https://e/_dev/token',
      fetch,
      now: () => now,
    });
    expect(await provider.getToken(SCOPES)).toEqual(ok('a'));
    now = 30_000;
    expect(await provider.getToken(SCOPES)).toEqual(ok('a'));
    now = 61_000; // inside the last minute of a 2-minute token
    expect(await provider.getToken(SCOPES)).toEqual(ok('b'));
    expect(bodies).toEqual([
      { scopes: SCOPES, client_id: 'feedback-desk-dev', interactive: false },
      { scopes: SCOPES, client_id: 'feedback-desk-dev', interactive: false },
    ]);
  });

  it('fetches a fresh token after Graph refused one', async () => {
    const { fetch } = endpoint(token('a'), token('b'));
    const provider = createDevTokenProvider({ tokenUrl: 'https://e/_dev/token', fetch });
    expect(await provider.getToken(SCOPES)).toEqual(ok('a'));
    provider.invalidate('a');
    expect(await provider.getToken(SCOPES)).toEqual(ok('b'));
  });

  it('maps OAuth errors: consent, interaction, scope', async () => {
    const { fetch } = endpoint(
      [400, { error: 'interaction_required', suberror: 'consent_required' }],
      [400, { error: 'login_required' }],
      [400, { error: 'invalid_scope' }],
      [503, 'down'],
    );
    const provider = createDevTokenProvider({ tokenUrl: 'https://e/_dev/token', fetch });
    const codes = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await provider.getToken(SCOPES);
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual(['consent_required', 'interaction_required', 'wrong_scope', 'network']);
  });

  it('reports an unreachable endpoint as a network problem', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    const provider = createDevTokenProvider({ tokenUrl: 'https://e/_dev/token', fetch });
    expect(await provider.getToken(SCOPES)).toMatchObject({
      ok: false,
      error: { code: 'network' },
    });
  });
});
