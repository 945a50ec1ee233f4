import { describe, expect, it } from 'vitest';
import type { FeedbackStore } from '../../../../src/data/store';
import { lazyStore } from '../../../../src/tab/bootstrap/lazyStore';

/** A store answering `siteRoles` only, which is all these tests call. */
const realStore = {
  siteRoles: async () => ({ ok: true, value: { headsOfService: [] } }),
} as unknown as FeedbackStore;

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyStore', () => {
  it('holds calls until the store is asked for, then answers them from it', async () => {
    let made = 0;
    const lazy = lazyStore(async () => {
      made += 1;
      return realStore;
    });
    let answer: unknown;
    void lazy.store.siteRoles().then((result) => (answer = result));
    await settled();
    expect(answer).toBeUndefined();
    expect(made).toBe(0);
    await lazy.load();
    await settled();
    expect(answer).toEqual({ ok: true, value: { headsOfService: [] } });
    await lazy.load();
    expect(made).toBe(1);
  });

  it("answers a network error when the store's code cannot be fetched, and tries again on the next call", async () => {
    let attempts = 0;
    const lazy = lazyStore(async () => {
      attempts += 1;
      if (attempts <= 2) throw new Error('ChunkLoadError');
      return realStore;
    });
    await lazy.load(); // never rejects: each call says what went wrong
    const first = await lazy.store.siteRoles();
    expect(first).toMatchObject({ ok: false, error: { code: 'network' } });
    const second = await lazy.store.siteRoles();
    expect(second.ok).toBe(true);
    expect(attempts).toBe(3);
  });

  it('is not taken for a promise when an async function returns it', async () => {
    const lazy = lazyStore(async () => realStore);
    const returned = await (async () => lazy.store)();
    expect(returned).toBe(lazy.store);
  });
});
