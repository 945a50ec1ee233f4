import type { FeedbackStore, Snapshot, Stored, StoreError } from '../../data/store';
import type { ListItemId } from '../../domain/shared/brand';

/**
 * The tab's data in memory: the store's snapshot, shared by every view and kept across view
 * changes and remounts, so re-opening a view never waits for Graph. Views read it through
 * `useTabData` (useSyncExternalStore) and write through the store, then fold the saved records
 * back in with `apply`, so a save shows at once without reloading everything.
 */
export interface TabDataState {
  readonly snapshot: Snapshot | undefined;
  /** Set while a load or refresh is running. */
  readonly loading: boolean;
  readonly error: StoreError | undefined;
  /** When the snapshot was last loaded (ms since epoch), for "Updated hh:mm". */
  readonly loadedAt: number | undefined;
}

export interface TabData {
  getState(): TabDataState;
  subscribe(listener: () => void): () => void;
  /** Loads the snapshot (the store refreshes its cache with item delta). */
  refresh(): Promise<void>;
  /** Folds records the store has just saved into the snapshot. */
  apply(update: (snapshot: Snapshot) => Snapshot): void;
}

export function createTabData(store: FeedbackStore, clock: () => number = Date.now): TabData {
  let state: TabDataState = {
    snapshot: undefined,
    loading: false,
    error: undefined,
    loadedAt: undefined,
  };
  const listeners = new Set<() => void>();
  let inFlight: Promise<void> | undefined;

  const set = (next: Partial<TabDataState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  /**
   * The first load leaves the correspondence (the largest list, needed only in a case's
   * timeline) for a second load straight after, so the figures show sooner.
   */
  const load = async (): Promise<void> => {
    const first = state.snapshot === undefined;
    set({ loading: true });
    const result = await store.loadSnapshot(first ? { defer: ['correspondence'] } : undefined);
    if (result.ok) set({ snapshot: result.value, error: undefined, loadedAt: clock() });
    else set({ error: result.error });
    if (!first || !result.ok) {
      set({ loading: false });
      return;
    }
    const full = await store.loadSnapshot();
    if (full.ok) set({ snapshot: full.value, loadedAt: clock() });
    set({ loading: false });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh() {
      // Two views asking at once share one load.
      inFlight ??= load().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    apply(update) {
      if (state.snapshot) set({ snapshot: update(state.snapshot) });
    },
  };
}

/**
 * Replaces the records with the same item id, appending new ones; keeps the array identity when
 * nothing is given, so memoised view state is not recomputed for nothing.
 * `upsert([{ itemId: '1', … }], [{ itemId: '1', …changed }])` → `[changed]`.
 */
export function upsert<T>(list: readonly Stored<T>[], saved: readonly Stored<T>[]): Stored<T>[] {
  if (saved.length === 0) return list as Stored<T>[];
  const byId = new Map<ListItemId, Stored<T>>(saved.map((s) => [s.itemId, s]));
  const next = list.map((item) => {
    const replacement = byId.get(item.itemId);
    if (replacement) byId.delete(item.itemId);
    return replacement ?? item;
  });
  return [...next, ...byId.values()];
}
