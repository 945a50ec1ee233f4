import { clearBrowserCache } from '../../data/browserCache';
import type { SessionStore } from '../../platform/auth/session';
import { pageSessionStorage, signOutAndForget } from '../../platform/auth/signOut';
import { DRAFT_KEY_PREFIX } from '../model/draftStorage';

/**
 * The pane's Sign out: every new-case draft kept in this browser tab, the browser's list
 * cache and the tokens go, then the page reloads signed out (nothing read stays in memory).
 */
export async function signOutOfPane(session: SessionStore): Promise<void> {
  await signOutAndForget({
    session,
    storage: pageSessionStorage(),
    draftPrefixes: [DRAFT_KEY_PREFIX],
    clearCache: clearBrowserCache,
  });
  location.reload();
}
