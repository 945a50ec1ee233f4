import { useSyncExternalStore } from 'react';
import type { SessionState, SessionStore } from '../../platform/auth/session';

const SIGNED_IN: SessionState = { status: 'signed_in' };
const noSubscription = () => () => undefined;

/** The session's state, live; a page without a session (plain emulator) is always signed in. */
export function useSession(session: SessionStore | undefined): SessionState {
  return useSyncExternalStore(session?.subscribe ?? noSubscription, () =>
    session ? session.getState() : SIGNED_IN,
  );
}
