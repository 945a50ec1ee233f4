import { z } from 'zod';
import { err, ok, type Result } from '../../domain/primitives/result';
import type { AccessTokenProvider, TokenRequestOptions } from './accessTokenProvider';
import { authError, type AuthError } from './authError';
import { TokenCache } from './tokenCache';

/**
 * Tokens from the emulator's development token endpoint (strict mode), so the same Graph code
 * runs with real bearer tokens in the demo and the tests. Not for production: the endpoint
 * signs whatever it is asked for, within the switches the tests set.
 *
 * ```ts
 * const provider = createDevTokenProvider({ tokenUrl: 'https://127.0.0.1:4321/_dev/token' });
 * await provider.getToken([SITES_SELECTED]); // → { ok: true, value: 'eyJhbGciOiJIUzI1NiJ9…' }
 * ```
 * When the emulator is switched to "consent missing", the silent call gives
 * `{ ok: false, error: { code: 'consent_required', … } }` and an interactive call
 * (`{ interactive: true }`, the Sign in button) grants consent, as the real popup would.
 */
export interface DevTokenProviderOptions {
  readonly tokenUrl: string;
  readonly clientId?: string;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  /**
   * Whose token to ask for (`"user"` of `POST /_dev/token`): the standalone page's demo person,
   * asked for each request so the "Signed in as" picker changes who SharePoint sees.
   * Absent or undefined: the emulator's administrator.
   */
  readonly user?: () => string | undefined;
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().nonnegative(),
});

const errorResponse = z.object({
  error: z.string(),
  suberror: z.string().optional(),
});

/** Maps an OAuth error response (`{"error":"interaction_required","suberror":"consent_required"}`) to our codes. */
export function authErrorFromOAuth(error: string, suberror?: string): AuthError {
  if (suberror === 'consent_required' || error === 'consent_required')
    return authError('consent_required', error);
  if (error === 'interaction_required' || error === 'login_required')
    return authError('interaction_required', error);
  if (error === 'invalid_scope') return authError('wrong_scope', error);
  return authError('unknown', error);
}

/** Tokens are kept per person as well as per scope: picking another demo person asks anew. */
const cacheKey = (scopes: readonly string[], user: string | undefined) =>
  user ? [...scopes, `user:${user.toLowerCase()}`] : scopes;

export function createDevTokenProvider(options: DevTokenProviderOptions): AccessTokenProvider {
  const cache = new TokenCache();
  let signedOut = false;
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function request(
    scopes: readonly string[],
    interactive: boolean,
    user: string | undefined,
  ): Promise<Result<string, AuthError>> {
    let response: Response;
    try {
      response = await doFetch(options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          scopes,
          client_id: options.clientId ?? 'feedback-desk-dev',
          interactive,
          ...(user ? { user } : {}),
        }),
      });
    } catch {
      return err(authError('network'));
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const parsed = tokenResponse.safeParse(body);
      if (!parsed.success) return err(authError('unknown', 'malformed_token_response'));
      cache.put(
        cacheKey(scopes, user),
        parsed.data.access_token,
        now() + parsed.data.expires_in * 1000,
      );
      return ok(parsed.data.access_token);
    }
    const parsed = errorResponse.safeParse(body);
    if (!parsed.success)
      return err(
        authError(response.status >= 500 ? 'network' : 'unknown', `http_${response.status}`),
      );
    return err(authErrorFromOAuth(parsed.data.error, parsed.data.suberror));
  }

  return {
    async getToken(scopes, requestOptions: TokenRequestOptions = {}) {
      const interactive = requestOptions.interactive === true;
      if (signedOut) {
        if (!interactive) return err(authError('signed_out'));
        signedOut = false;
      }
      const user = options.user?.();
      const cached = interactive ? undefined : cache.get(cacheKey(scopes, user), now());
      if (cached !== undefined) return ok(cached);
      return request(scopes, interactive, user);
    },
    async signOut() {
      signedOut = true;
      cache.clear();
    },
    invalidate(token) {
      cache.invalidate(token);
    },
  };
}
