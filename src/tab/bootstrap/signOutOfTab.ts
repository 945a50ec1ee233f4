import { clearBrowserCache } from '../../data/browserCache';
import type { SessionStore } from '../../platform/auth/session';
import { pageSessionStorage, signOutAndForget } from '../../platform/auth/signOut';

/**
 * The tab's Sign out: the browser's list cache and the tokens go, then the page reloads
 * signed out, so the lists read and any unsaved text (plan comments, narrative drafts, which
 * the tab keeps in memory only) are gone with it.
 */
export async function signOutOfTab(session: SessionStore): Promise<void> {
  await signOutAndForget({
    session,
    storage: pageSessionStorage(),
    draftPrefixes: [],
    clearCache: clearBrowserCache,
  });
  location.reload();
}
