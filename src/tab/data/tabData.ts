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

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh() {
      // Two views asking at once share one load.
      inFlight ??= (async () => {
        set({ loading: true });
        const result = await store.loadSnapshot();
        if (result.ok) set({ snapshot: result.value, error: undefined, loadedAt: clock() });
        else set({ error: result.error });
        set({ loading: false });
      })().finally(() => {
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
