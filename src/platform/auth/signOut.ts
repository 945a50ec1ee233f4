import type { SessionStore } from './session';

/**
 * Sign out, for both apps (issue 14; docs/architecture.md, Privacy and security): the person's
 * drafts kept in the browser go, the browser's cache of list data goes, the token provider
 * forgets every token and account (MSAL's cache included), and the page is then reloaded so
 * nothing read while signed in stays in memory. A mark in session storage (no name, no
 * address) keeps the reloaded page signed out, without a silent sign-in, until Sign in.
 *
 * ```ts
 * await signOutAndForget({ session, storage: sessionStorage, draftPrefixes: [DRAFT_KEY_PREFIX],
 *   clearCache: clearBrowserCache });
 * location.reload();
 * // at start:      startSession(session, sessionStorage)   (silent check, or signed out)
 * // on Sign in:    signInAgain(session, sessionStorage)
 * ```
 */
export const SIGNED_OUT_KEY = 'feedback-desk.signed-out';

export interface SignOutSteps {
  readonly session: Pick<SessionStore, 'signOut'>;
  /** Where the page keeps drafts and the signed-out mark (`sessionStorage`). */
  readonly storage: Storage | undefined;
  /** The key prefixes of the drafts the page keeps in `storage`. */
  readonly draftPrefixes: readonly string[];
  /** Deletes every list kept in the browser (`clearBrowserCache`). */
  readonly clearCache: () => Promise<void>;
}

/** What was forgotten, for the caller's tests; a step that failed is named in `failed`. */
export interface SignOutReport {
  readonly draftsRemoved: number;
  readonly failed: readonly ('cache' | 'session')[];
}

/**
 * Forgets the person: drafts, cache, tokens. Every step runs even when one before it fails
 * (a cache that cannot be deleted must not keep the tokens), and the page is marked signed
 * out whatever happens.
 */
export async function signOutAndForget(steps: SignOutSteps): Promise<SignOutReport> {
  const failed: ('cache' | 'session')[] = [];
  const draftsRemoved = removeKeysStartingWith(steps.storage, steps.draftPrefixes);
  try {
    await steps.clearCache();
  } catch {
    failed.push('cache');
  }
  try {
    await steps.session.signOut();
  } catch {
    failed.push('session');
  }
  markSignedOut(steps.storage);
  return { draftsRemoved, failed };
}

/** Removes every key that starts with one of `prefixes`; returns how many went. */
export function removeKeysStartingWith(
  storage: Storage | undefined,
  prefixes: readonly string[],
): number {
  if (!storage || prefixes.length === 0) return 0;
  try {
    const doomed: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key !== null && prefixes.some((p) => key.startsWith(p))) doomed.push(key);
    }
    for (const key of doomed) storage.removeItem(key);
    return doomed.length;
  } catch {
    // Storage blocked: then nothing was kept in it either.
    return 0;
  }
}

export function wasSignedOut(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(SIGNED_OUT_KEY) === '1';
  } catch {
    return false;
  }
}

function markSignedOut(storage: Storage | undefined): void {
  try {
    storage?.setItem(SIGNED_OUT_KEY, '1');
  } catch {
    // Storage blocked: a reload then checks silently, as on any first visit.
  }
}

/**
 * At page start: the silent check, unless the person signed out in this browser tab. Then
 * the new page's token provider is signed out too, so no request (the pane reads the
 * settings before anything is shown) fetches a token silently behind the Sign in prompt.
 */
export function startSession(
  session: Pick<SessionStore, 'check' | 'signOut'>,
  storage: Storage | undefined,
): Promise<void> {
  return wasSignedOut(storage) ? session.signOut() : session.check();
}

/** The Sign in button: the signed-out mark goes, and the person signs in. */
export function signInAgain(
  session: Pick<SessionStore, 'signIn'>,
  storage: Storage | undefined,
): Promise<void> {
  try {
    storage?.removeItem(SIGNED_OUT_KEY);
  } catch {
    // Nothing to remove.
  }
  return session.signIn();
}

/** The page's session storage, or none where the browser blocks it (a sandboxed frame). */
export function pageSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}
