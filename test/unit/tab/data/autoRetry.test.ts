import { describe, expect, it } from 'vitest';
import type { StoreError } from '../../../../src/data/store';
import {
  retryDelay,
  startAutoRetry,
  type RetryEnvironment,
} from '../../../../src/tab/data/autoRetry';
import type { TabData, TabDataState } from '../../../../src/tab/data/tabData';

const offline: StoreError = { code: 'network', message: 'No connection to SharePoint.' };
const refused: StoreError = { code: 'forbidden', message: 'No permission.' };

/** A TabData whose state the test sets, counting refreshes. */
function fakeData() {
  let state: TabDataState = {
    snapshot: undefined,
    loading: false,
    readingRest: false,
    error: undefined,
    loadedAt: undefined,
    kept: undefined,
  };
  const listeners = new Set<() => void>();
  let refreshes = 0;
  const data: TabData = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: async () => {
      refreshes += 1;
    },
    apply: () => undefined,
    keep: () => undefined,
    keptRead: async () => undefined,
  };
  return {
    data,
    set(next: Partial<TabDataState>) {
      state = { ...state, ...next };
      for (const l of listeners) l();
    },
    refreshes: () => refreshes,
  };
}

/** Timers the test fires by hand, and an online switch. */
function fakeBrowser() {
  const timers: { ms: number; run: () => void; cancelled: boolean }[] = [];
  const online = new Set<() => void>();
  let isOnline = true;
  const environment: RetryEnvironment = {
    setTimer(run, ms) {
      const timer = { ms, run, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    onOnline(listener) {
      online.add(listener);
      return () => online.delete(listener);
    },
    isOnline: () => isOnline,
  };
  return {
    environment,
    pending: () => timers.filter((t) => !t.cancelled),
    fireNext() {
      const next = timers.find((t) => !t.cancelled);
      if (!next) throw new Error('no timer pending');
      next.cancelled = true;
      next.run();
    },
    goOffline: () => (isOnline = false),
    comeOnline() {
      isOnline = true;
      for (const l of online) l();
    },
    listeners: () => online.size,
  };
}

describe('retrying a failed load by itself', () => {
  it('waits longer after each failure, up to five minutes', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelay(7)).toBe(300_000);
    expect(retryDelay(50)).toBe(300_000);
  });

  it('tries again after a wait, waiting longer each time, and starts afresh after a success', () => {
    const d = fakeData();
    const b = fakeBrowser();
    startAutoRetry(d.data, b.environment);
    d.set({ loading: true });
    d.set({ error: offline });
    expect(b.pending()).toHaveLength(0); // not while the load is still running
    d.set({ loading: false });
    expect(b.pending().map((t) => t.ms)).toEqual([5_000]);
    b.fireNext();
    expect(d.refreshes()).toBe(1);
    d.set({ loading: true, error: undefined });
    d.set({ loading: false, error: offline });
    expect(b.pending().map((t) => t.ms)).toEqual([10_000]);
    b.fireNext();
    d.set({ loading: false, error: undefined });
    expect(b.pending()).toHaveLength(0);
    d.set({ error: offline });
    expect(b.pending().map((t) => t.ms)).toEqual([5_000]);
  });

  it('waits for the connection while offline, and tries at once when it returns', () => {
    const d = fakeData();
    const b = fakeBrowser();
    startAutoRetry(d.data, b.environment);
    b.goOffline();
    d.set({ error: offline });
    expect(b.pending()).toHaveLength(0);
    b.comeOnline();
    expect(d.refreshes()).toBe(1);
  });

  it('does not retry what waiting cannot mend, nor when nothing failed', () => {
    const d = fakeData();
    const b = fakeBrowser();
    startAutoRetry(d.data, b.environment);
    d.set({ error: refused });
    expect(b.pending()).toHaveLength(0);
    b.comeOnline();
    expect(d.refreshes()).toBe(0);
    d.set({ error: undefined });
    b.comeOnline();
    expect(d.refreshes()).toBe(0);
  });

  it('stops listening and cancels its timer when stopped', () => {
    const d = fakeData();
    const b = fakeBrowser();
    const stop = startAutoRetry(d.data, b.environment);
    d.set({ error: offline });
    expect(b.pending()).toHaveLength(1);
    stop();
    expect(b.pending()).toHaveLength(0);
    expect(b.listeners()).toBe(0);
    d.set({ error: { ...offline } });
    expect(b.pending()).toHaveLength(0);
  });
});
