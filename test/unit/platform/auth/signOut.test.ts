import { describe, expect, it } from 'vitest';
import {
  SIGNED_OUT_KEY,
  removeKeysStartingWith,
  signInAgain,
  signOutAndForget,
  startSession,
  wasSignedOut,
} from '../../../../src/platform/auth/signOut';

/** Session storage as the browser has it: string keys and values, in insertion order. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  keys() {
    return [...this.items.keys()];
  }
}

const DRAFTS = 'feedback-desk.draft.';

function storageWithDrafts() {
  const storage = new MemoryStorage();
  storage.setItem(`${DRAFTS}1a2b`, '{"messageId":"<a@example.invalid>"}');
  storage.setItem('feedback-desk.tab.theme', 'dark');
  storage.setItem(`${DRAFTS}9f`, '{"messageId":"<b@example.invalid>"}');
  storage.setItem('other-app.draft.1', 'not ours');
  return storage;
}

function fakeSession(options: { failSignOut?: boolean } = {}) {
  const calls: string[] = [];
  return {
    calls,
    session: {
      async signOut() {
        calls.push('signOut');
        if (options.failSignOut) throw new Error('MSAL cache could not be cleared');
      },
      async check() {
        calls.push('check');
      },
      async signIn() {
        calls.push('signIn');
      },
    },
  };
}

describe('Sign out', () => {
  it('removes every draft, clears the browser cache, signs the session out and marks the page signed out', async () => {
    const storage = storageWithDrafts();
    const { calls, session } = fakeSession();
    let cacheCleared = 0;
    const report = await signOutAndForget({
      session,
      storage,
      draftPrefixes: [DRAFTS],
      clearCache: async () => {
        cacheCleared += 1;
      },
    });
    expect(report).toEqual({ draftsRemoved: 2, failed: [] });
    expect(storage.keys().sort()).toEqual(
      ['feedback-desk.tab.theme', 'other-app.draft.1', SIGNED_OUT_KEY].sort(),
    );
    expect(cacheCleared).toBe(1);
    expect(calls).toEqual(['signOut']);
    expect(wasSignedOut(storage)).toBe(true);
  });

  it('still signs out when the cache cannot be cleared, and still marks the page when sign-out fails', async () => {
    const storage = storageWithDrafts();
    const { calls, session } = fakeSession({ failSignOut: true });
    const report = await signOutAndForget({
      session,
      storage,
      draftPrefixes: [DRAFTS],
      clearCache: () => Promise.reject(new Error('IndexedDB blocked')),
    });
    expect(report).toEqual({ draftsRemoved: 2, failed: ['cache', 'session'] });
    expect(calls).toEqual(['signOut']);
    expect(wasSignedOut(storage)).toBe(true);
    expect(storage.keys().filter((k) => k.startsWith(DRAFTS))).toEqual([]);
  });

  it('works with no storage at all (blocked in a sandboxed frame)', async () => {
    const { calls, session } = fakeSession();
    const report = await signOutAndForget({
      session,
      storage: undefined,
      draftPrefixes: [DRAFTS],
      clearCache: async () => undefined,
    });
    expect(report).toEqual({ draftsRemoved: 0, failed: [] });
    expect(calls).toEqual(['signOut']);
    expect(wasSignedOut(undefined)).toBe(false);
  });

  it('removes only keys with the given prefixes', () => {
    const storage = storageWithDrafts();
    expect(removeKeysStartingWith(storage, [])).toBe(0);
    expect(removeKeysStartingWith(storage, ['feedback-desk.tab.'])).toBe(1);
    expect(storage.keys()).toEqual([`${DRAFTS}1a2b`, `${DRAFTS}9f`, 'other-app.draft.1']);
  });
});

describe('after Sign out, until Sign in', () => {
  it('a page started in a signed-out browser tab stays signed out, without a silent sign-in', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SIGNED_OUT_KEY, '1');
    const { calls, session } = fakeSession();
    await startSession(session, storage);
    expect(calls).toEqual(['signOut']);
  });

  it('a page that was never signed out checks silently', async () => {
    const { calls, session } = fakeSession();
    await startSession(session, new MemoryStorage());
    expect(calls).toEqual(['check']);
  });

  it('Sign in removes the mark, so the next page checks silently again', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SIGNED_OUT_KEY, '1');
    const { calls, session } = fakeSession();
    await signInAgain(session, storage);
    expect(calls).toEqual(['signIn']);
    expect(wasSignedOut(storage)).toBe(false);
    await startSession(session, storage);
    expect(calls).toEqual(['signIn', 'check']);
  });
});
