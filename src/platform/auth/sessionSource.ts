import type { SessionState, SessionStore } from './session';

/** Where the sign-in state is read and watched: what `useSyncExternalStore` takes. */
export type SessionSource = Pick<SessionStore, 'getState' | 'subscribe'>;

const signedIn: SessionState = { status: 'signed_in' };
const alwaysSignedIn: SessionSource = {
  getState: () => signedIn,
  subscribe: () => () => undefined,
};

/**
 * The session to watch, or — on a page without one (the plain emulator needs no token) — a
 * source that is always signed in. The same object every time, so a hook never resubscribes:
 * `sessionSource(undefined).getState()` → `{ status: 'signed_in' }`.
 */
export function sessionSource(session: SessionStore | undefined): SessionSource {
  return session ?? alwaysSignedIn;
}
