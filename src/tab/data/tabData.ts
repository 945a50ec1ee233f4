import {
  snapshotParts,
  type FeedbackStore,
  type Snapshot,
  type SnapshotOptions,
  type Stored,
  type StoreError,
} from '../../data/store';
import type { BrowserFiguresCache } from '../../data/browserCache';
import type { IsoDate, ListItemId } from '../../domain/primitives/brand';

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
  /**
   * Set while only the lists after the first view are being read (a large council's history
   * takes a while): Refresh stays usable meanwhile and refreshes the lists already read.
   */
  readonly readingRest: boolean;
  readonly error: StoreError | undefined;
  /** When the snapshot was last loaded (ms since epoch), for "Updated hh:mm". */
  readonly loadedAt: number | undefined;
  /**
   * What the Overview kept at the last visit, as read back: shown, once checked, until the
   * first snapshot is in (then dropped).
   */
  readonly kept: unknown;
}

export interface TabData {
  getState(): TabDataState;
  subscribe(listener: () => void): () => void;
  /**
   * Loads the snapshot; the store refreshes its cache with item delta. The first load, given
   * what the view on screen reads (its lists, perhaps only their recent records:
   * `firstLoadFor`), shows that first, then once the browser is idle (after that view has
   * rendered) widens the recent window if asked (`widenFrom`) and reads everything else in
   * full; later calls refresh every list.
   */
  refresh(first?: FirstLoad): Promise<void>;
  /** Folds records the store has just saved into the snapshot. */
  apply(update: (snapshot: Snapshot) => Snapshot): void;
  /**
   * Keeps figures worked out from the snapshot for the next visit to show at once. Written
   * only when they differ from what this page last kept, other than the time they were kept:
   * the first view's snapshot and the full read's usually give the same figures.
   */
  keep(figures: KeptFigures): void;
  /** Settles once what was kept at the last visit has been read back (at once if not asked). */
  keptRead(): Promise<void>;
}

/** What the first load reads, and how far back its recent window is widened next. */
export interface FirstLoad extends SnapshotOptions {
  /**
   * Before the full read, the recent records from this earlier day (last year's, after this
   * year's): the view's comparisons show before the older history is in.
   */
  readonly widenFrom?: IsoDate | undefined;
}

/** Figures to keep for the next visit: any shape, with the time they were worked out. */
export interface KeptFigures {
  readonly keptAt: number;
  readonly [part: string]: unknown;
}

export interface TabDataOptions {
  readonly clock?: () => number;
  /** Readies what showing a snapshot needs (the calendar's bank-holiday rules) before it is shown. */
  readonly beforeShow?: (snapshot: Snapshot) => Promise<void>;
  /** Resolves when the page has time for more work: default the browser's next idle period. */
  readonly whenIdle?: () => Promise<void>;
  /**
   * Where the Overview's figures are kept between visits (beside the lists the store keeps);
   * absent where nothing is kept. Read as the first load starts, so only with a sign-in, as
   * the lists are (a signed-out page leaves no trace in the browser), and before the load's
   * own reads, so it is not queued behind the kept lists.
   */
  readonly keptFigures?: BrowserFiguresCache | undefined;
}

export function createTabData(store: FeedbackStore, options: TabDataOptions = {}): TabData {
  const { clock = Date.now, whenIdle = nextIdlePeriod, beforeShow, keptFigures } = options;
  let state: TabDataState = {
    snapshot: undefined,
    loading: false,
    readingRest: false,
    error: undefined,
    loadedAt: undefined,
    kept: undefined,
  };
  /** The read of what was kept, once a load has asked for it. */
  let keptRead: Promise<void> | undefined;
  /** What this page last kept, without the time it was kept. */
  let lastKept: string | undefined;
  const listeners = new Set<() => void>();
  let inFlight: Promise<void> | undefined;
  /** A refresh of the lists already read, asked for while the rest are still being read. */
  let refreshingRead: Promise<void> | undefined;

  const set = (next: Partial<TabDataState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  // Answers are shown in the order the store gave them, so a later answer (which knows more)
  // is never replaced by an earlier one that waited longer for the holiday rules.
  let shown: Promise<unknown> = Promise.resolve();
  // Saves folded in while a load runs. The load may have read a list before a save reached
  // SharePoint, so its answer gets them folded in too instead of showing the records as they were.
  const savedDuringLoad: ((snapshot: Snapshot) => Snapshot)[] = [];
  const loadParts = async (options?: SnapshotOptions): Promise<Snapshot | undefined> => {
    const since = savedDuringLoad.length;
    const result = await store.loadSnapshot(options);
    const showing = shown.then(async () => {
      if (!result.ok) {
        set({ error: result.error });
        return undefined;
      }
      await beforeShow?.(result.value);
      const snapshot = savedDuringLoad.slice(since).reduce((s, fold) => fold(s), result.value);
      set({ snapshot, loadedAt: clock(), kept: undefined });
      return snapshot;
    });
    shown = showing.catch(() => undefined);
    return showing;
  };

  const load = async (first?: SnapshotOptions): Promise<void> => {
    if (keptFigures && !keptRead && state.snapshot === undefined) {
      keptRead = keptFigures.readFigures().then(
        (kept) => {
          if (state.snapshot === undefined) set({ kept });
        },
        () => undefined, // nothing kept to show: the load shows the lists
      );
    }
    set({ loading: true, error: undefined });
    const firstLoad = state.snapshot === undefined ? first : undefined;
    const { widenFrom, ...firstRead }: FirstLoad = firstLoad ?? {};
    const loaded = await loadParts(firstLoad && firstRead);
    if (loaded?.unloaded) {
      set({ readingRest: true });
      await whenIdle();
      // The lists the first view read only in part are read in full beside the others, and
      // shown as soon as they are in: the views that list every case open without waiting
      // for the slowest list. A failure of either keeps its error. A recent window is widened
      // first (its requests sent before the others'), and shown as soon as it is in too.
      const { recentOnly = [], figuresOnly = [] } = loaded;
      const partial = [...recentOnly, ...figuresOnly];
      const rest = loaded.unloaded.filter((part) => !partial.includes(part));
      const readPartial = async () => {
        if (widenFrom && recentOnly.length > 0)
          await loadParts({ parts: recentOnly, recentFrom: widenFrom });
        await loadParts({ parts: partial });
      };
      await Promise.all([
        ...(partial.length > 0 ? [readPartial()] : []),
        ...(rest.length > 0 ? [loadParts({ parts: rest })] : []),
      ]);
    }
    savedDuringLoad.length = 0;
    set({ loading: false, readingRest: false });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh(first) {
      const { snapshot } = state;
      if (inFlight && state.readingRest && snapshot) {
        // The first view is on screen and the rest is still being read: refresh what is read.
        const read = snapshotParts.filter((part) => !snapshot.unloaded?.includes(part));
        refreshingRead ??= loadParts({ parts: read })
          .then(() => undefined)
          .finally(() => {
            refreshingRead = undefined;
          });
        return refreshingRead;
      }
      // Two views asking at once share one load.
      inFlight ??= load(first).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    apply(update) {
      if (!state.snapshot) return;
      set({ snapshot: update(state.snapshot) });
      if (inFlight) savedDuringLoad.push(update);
    },
    keptRead: () => keptRead ?? Promise.resolve(),
    keep(figures) {
      if (!keptFigures) return;
      const text = JSON.stringify({ ...figures, keptAt: undefined });
      if (text === lastKept) return;
      lastKept = text;
      void keptFigures.writeFigures(figures);
    },
  };
}

/** The browser's next idle period (at most a second away), or the next task elsewhere. */
function nextIdlePeriod(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
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
