import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../../../src/domain/primitives/result';
import type { AccessTokenProvider } from '../../../../src/platform/auth/accessTokenProvider';
import { AuthRequiredError } from '../../../../src/platform/auth/accessTokenProvider';
import { authError, type AuthError } from '../../../../src/platform/auth/authError';
import {
  createSessionStore,
  nextSession,
  sessionView,
} from '../../../../src/platform/auth/session';

/** A provider that answers from a queue and records whether each call was interactive. */
function scripted(...answers: Array<Result<string, AuthError>>) {
  const interactive: boolean[] = [];
  const provider: AccessTokenProvider = {
    getToken: async (_scopes, options) => {
      interactive.push(options?.interactive === true);
      return answers.shift() ?? err(authError('unknown', 'script_exhausted'));
    },
    invalidate: () => undefined,
    signOut: async () => undefined,
  };
  return { provider, interactive };
}

describe('session model', () => {
  it('starts checking, then shows Sign in with the reason when consent is missing', async () => {
    const { provider, interactive } = scripted(err(authError('consent_required')), ok('t'));
    const store = createSessionStore(provider);
    expect(sessionView(store.getState())).toEqual({
      busy: true,
      message: 'Checking your sign-in…',
    });
    await store.check();
    expect(store.getState().status).toBe('signed_out');
    expect(sessionView(store.getState())).toMatchObject({
      busy: false,
      button: 'Sign in',
      message: 'Feedback Desk has not yet been given permission to use the complaints site.',
    });
    await store.signIn();
    expect(store.getState()).toEqual({ status: 'signed_in' });
    expect(interactive).toEqual([false, true]);
  });

  it('offers Try again, not Sign in, when the network is down', async () => {
    const { provider } = scripted(err(authError('network')));
    const store = createSessionStore(provider);
    await store.check();
    expect(sessionView(store.getState())).toMatchObject({
      button: 'Try again',
      message: 'The sign-in service could not be reached.',
    });
  });

  it('drops to signed out when a Graph call cannot get a token, and tells listeners', async () => {
    const { provider } = scripted(ok('t'), err(authError('interaction_required')));
    const store = createSessionStore(provider);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getState().status));
    expect(await store.getAccessToken()).toBe('t');
    await expect(store.getAccessToken()).rejects.toBeInstanceOf(AuthRequiredError);
    expect(seen).toEqual(['signed_in', 'signed_out']);
  });

  it('shows a wrong-scope refusal from Graph as a failure with the administrator’s fix', () => {
    const { provider } = scripted();
    const store = createSessionStore(provider);
    store.report(authError('wrong_scope'));
    expect(sessionView(store.getState())).toMatchObject({
      button: 'Try again',
      message: 'Your sign-in does not give access to the complaints site.',
      action: expect.stringContaining('Sites.Selected'),
    });
  });

  it('keeps the same state object when nothing changes', () => {
    const signedIn = { status: 'signed_in' } as const;
    expect(nextSession(signedIn, { type: 'token' })).toBe(signedIn);
    expect(nextSession(signedIn, { type: 'check' })).toBe(signedIn);
  });
});

describe('Graph failures', () => {
  it('a 403 accessDenied becomes the wrong-scope failure; other errors are not about sign-in', async () => {
    const { provider } = scripted();
    const store = createSessionStore(provider);
    expect(await store.reportGraphFailure(404, 'itemNotFound')).toBe(false);
    expect(store.getState().status).toBe('checking');
    expect(await store.reportGraphFailure(403, 'accessDenied')).toBe(true);
    expect(store.getState()).toMatchObject({ status: 'failed', error: { code: 'wrong_scope' } });
  });

  it('a 401 forgets the refused token and stays signed in when a fresh one comes silently', async () => {
    const invalidated: string[] = [];
    const answers = [ok('old'), ok('new')];
    const provider: AccessTokenProvider = {
      getToken: async () => answers.shift() ?? err(authError('unknown')),
      invalidate: (token) => invalidated.push(token),
      signOut: async () => undefined,
    };
    const store = createSessionStore(provider);
    expect(await store.getAccessToken()).toBe('old');
    expect(await store.reportGraphFailure(401, 'InvalidAuthenticationToken')).toBe(true);
    expect(invalidated).toEqual(['old']);
    expect(store.getState()).toEqual({ status: 'signed_in' });
  });

  it('a 401 with no fresh token to be had signs out', async () => {
    const { provider } = scripted(ok('old'), err(authError('interaction_required')));
    const store = createSessionStore(provider);
    await store.getAccessToken();
    await store.reportGraphFailure(401, 'InvalidAuthenticationToken');
    expect(sessionView(store.getState())).toMatchObject({
      button: 'Sign in',
      message: 'Your sign-in has expired or needs to be confirmed.',
    });
  });
});
