import { assertNever } from '../../domain/primitives/result';
import { GRAPH_SCOPES, graphTokenCallback, type AccessTokenProvider } from './accessTokenProvider';
import { authError, authErrorFromGraph, needsInteraction, type AuthError } from './authError';

/**
 * The sign-in state the apps render, without React: a pure transition function and a small
 * store with `subscribe`/`getState` (fits `useSyncExternalStore`).
 *
 * checking ──token──▶ signed_in ──auth_failed (needs a person)──▶ signed_out ──sign_in──▶ signing_in
 *     │                                                              ▲                     │
 *     └──auth_failed─────────────────────────────────────────────────┘◀──auth_failed───────┘
 * Failures a person cannot fix by signing in (network, wrong scope) go to `failed`, with retry.
 *
 * In an app:
 * ```ts
 * const session = createSessionStore(provider);
 * const graph = createGraphClient({ baseUrl, getAccessToken: session.getAccessToken });
 * void session.check();                      // silent, at start
 * // on a failed Graph call: if (await session.reportGraphFailure(e.status, e.code)) …
 * // render sessionView(session.getState()): message, action, and a `Sign in` button → session.signIn()
 * ```
 */
export type SessionState =
  | { readonly status: 'checking' }
  | { readonly status: 'signed_in' }
  | { readonly status: 'signing_in' }
  | { readonly status: 'signed_out'; readonly error: AuthError }
  | { readonly status: 'failed'; readonly error: AuthError };

export type SessionEvent =
  | { readonly type: 'check' }
  | { readonly type: 'sign_in' }
  | { readonly type: 'token' }
  | { readonly type: 'auth_failed'; readonly error: AuthError };

/** `nextSession({ status: 'checking' }, { type: 'auth_failed', error: consentMissing })` → `{ status: 'signed_out', error: consentMissing }` */
export function nextSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'check':
      return state.status === 'signed_in' ? state : { status: 'checking' };
    case 'sign_in':
      return { status: 'signing_in' };
    case 'token':
      return state.status === 'signed_in' ? state : { status: 'signed_in' };
    case 'auth_failed':
      return needsInteraction(event.error.code)
        ? { status: 'signed_out', error: event.error }
        : { status: 'failed', error: event.error };
    default:
      return assertNever(event, 'session event');
  }
}

/** What the UI shows for a state: fixed wording so tests and screen readers can rely on it. */
export interface SessionView {
  readonly busy: boolean;
  /** `Sign in`, `Try again`, or undefined when there is nothing to press. */
  readonly button?: 'Sign in' | 'Try again';
  readonly message?: string;
  readonly action?: string;
}

/** `sessionView({ status: 'signed_out', error })` → `{ busy: false, button: 'Sign in', message: error.message, action: error.action }` */
export function sessionView(state: SessionState): SessionView {
  switch (state.status) {
    case 'checking':
    case 'signing_in':
      return {
        busy: true,
        message: state.status === 'checking' ? 'Checking your sign-in…' : 'Signing in…',
      };
    case 'signed_in':
      return { busy: false };
    case 'signed_out':
      return {
        busy: false,
        button: 'Sign in',
        message: state.error.message,
        action: state.error.action,
      };
    case 'failed':
      return {
        busy: false,
        button: 'Try again',
        message: state.error.message,
        action: state.error.action,
      };
    default:
      return assertNever(state, 'session state');
  }
}

export interface SessionStore {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Silent check at page start: never shows UI. */
  check(): Promise<void>;
  /** The Sign in / Try again button: may show a popup or the Office dialog. */
  signIn(): Promise<void>;
  /** Forgets every token and account on this page; the person is signed out until Sign in. */
  signOut(): Promise<void>;
  /** For the app's Graph error mapping, e.g. a 403 from Graph → `authError('wrong_scope')`. */
  report(error: AuthError): void;
  /**
   * Hands a failed Graph call's status and code to the session. Resolves `true` when it was
   * about sign-in (401, or 403 `accessDenied`) and the state now says so, `false` otherwise.
   * A 401 forgets the refused token and tries once, silently, for a fresh one: when that
   * works the state stays `signed_in` and the app may retry its call.
   */
  reportGraphFailure(status: number, code: string): Promise<boolean>;
  /** The Graph client's `getAccessToken` callback; keeps the state in step with every call. */
  readonly getAccessToken: () => Promise<string>;
}

export function createSessionStore(
  provider: AccessTokenProvider,
  scopes: readonly string[] = GRAPH_SCOPES,
): SessionStore {
  let state: SessionState = { status: 'checking' };
  const listeners = new Set<() => void>();
  const dispatch = (event: SessionEvent) => {
    const next = nextSession(state, event);
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };

  const attempt = async (interactive: boolean) => {
    dispatch(interactive ? { type: 'sign_in' } : { type: 'check' });
    const result = await provider.getToken(scopes, { interactive });
    dispatch(result.ok ? { type: 'token' } : { type: 'auth_failed', error: result.error });
  };

  let lastToken: string | undefined;
  const tokens = graphTokenCallback(provider, scopes, (error) =>
    dispatch({ type: 'auth_failed', error }),
  );

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check: () => attempt(false),
    signIn: () => attempt(true),
    async signOut() {
      lastToken = undefined;
      await provider.signOut();
      dispatch({ type: 'auth_failed', error: authError('signed_out') });
    },
    report: (error) => dispatch({ type: 'auth_failed', error }),
    async reportGraphFailure(status, code) {
      const error = authErrorFromGraph(status, code);
      if (!error) return false;
      if (status === 401) {
        // Often a token that has just expired: forget it and try once, silently.
        if (lastToken !== undefined) provider.invalidate(lastToken);
        const retry = await provider.getToken(scopes);
        dispatch(retry.ok ? { type: 'token' } : { type: 'auth_failed', error: retry.error });
        return true;
      }
      dispatch({ type: 'auth_failed', error });
      return true;
    },
    async getAccessToken() {
      const token = await tokens();
      lastToken = token;
      dispatch({ type: 'token' });
      return token;
    },
  };
}
