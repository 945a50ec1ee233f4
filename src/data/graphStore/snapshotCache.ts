import {
  defaultCouncilSettings,
  type Correspondence,
  type CouncilSettings,
} from '../../domain/records';
import { lists, settingsList, type ListRecords } from '../lists';
import {
  snapshotParts,
  type Snapshot,
  type SnapshotLists,
  type SnapshotOptions,
  type SnapshotPart,
  type Stored,
} from '../store';
import { todayOf, type StoreContext } from './context';
import { ListCache } from './listCache';
import { keepInBrowser, restoreFromBrowser } from './browserKept';
import { cachedParts, type BrowserListCache, type CachedPart } from '../browserCache';
import { GraphRequestError } from '../graph/errors';

/**
 * The Teams tab's whole picture, one ListCache per list, refreshed together (in parallel).
 * `load({ parts: ['cases', 'stages'] })` refreshes only the lists a view needs (and the
 * settings), so the first view waits for less; a later load reads the others. With
 * `recentFrom`, a first load reads the cases and stages only as far back as that.
 *
 * An unchanged refresh gives back the very same Snapshot object (and each list the same
 * array), so figures memoised by identity are not computed again.
 */
export class SnapshotCache {
  /** One ListCache per snapshot part, made from the registry: a new part has its cache. */
  readonly parts: PartCaches = Object.fromEntries(
    snapshotParts.map((part) => [part, cacheOf(part)]),
  ) as unknown as PartCaches;
  readonly settings = new ListCache(settingsList);

  private get all() {
    return [...Object.values(this.parts), this.settings];
  }

  private refreshedLast: readonly ListCache<unknown>[] = [];
  /** The settings of a site that has none saved yet (one object, for identity). */
  private defaults: CouncilSettings | undefined;
  private last: Snapshot | undefined;
  private correspondenceSource: readonly Stored<Correspondence>[] | undefined;
  private correspondenceView: Snapshot['correspondence'] = [];
  private restoring: Promise<void> | undefined;

  /** With `kept`, the Overview's lists start from what the browser kept (src/data/browserCache). */
  constructor(private readonly kept?: BrowserListCache) {}

  /**
   * Refreshes the lists of the parts asked for (every part by default) and the settings;
   * calls made while a list refreshes share that refresh. The other lists keep what they last
   * loaded; those never loaded are named in `unloaded`.
   */
  async load(ctx: StoreContext, options: SnapshotOptions = {}): Promise<Snapshot> {
    try {
      return await this.loadOnce(ctx, options);
    } catch (error) {
      // What the browser kept (list ids, delta links) may name lists deleted and provisioned
      // again since: Graph answers 404. Forget it and read as on a first visit.
      if (!(error instanceof GraphRequestError) || error.status !== 404) throw error;
      // The other lists' reads, by the same ids, finish (and fail) first.
      await Promise.all(this.all.map((cache) => cache.idle()));
      const forgotIds = ctx.forgetListIds();
      const forgotLists = this.forgetRestored();
      if (!forgotIds && !forgotLists) throw error;
      return this.loadOnce(ctx, options);
    }
  }

  private async loadOnce(ctx: StoreContext, options: SnapshotOptions): Promise<Snapshot> {
    const parts = options.parts ?? snapshotParts;
    const { recentFrom } = options;
    const today = todayOf(ctx);
    const caches = [...parts.map((part) => this.parts[part]), this.settings];
    this.refreshedLast = caches;
    const { kept } = this;
    const restored = kept && (this.restoring ??= restoreFromBrowser(kept, this.parts, ctx));
    // Every case has its emails and letters: as many items as the cases known so far, or more.
    this.parts.correspondence.atLeast = this.parts.cases.values().length;
    await Promise.all(
      caches.map(async (cache) => {
        // A list the browser keeps waits for what it kept; the others start at once.
        if (restored && isCachedPart(cache.definition.key)) await restored;
        return cache.refresh(ctx, recentFrom && { from: recentFrom, today });
      }),
    );
    if (kept) keepInBrowser(kept, this.parts);
    return this.snapshotOf();
  }

  /** Drops the lists still as the browser kept them; true if there were any. */
  private forgetRestored(): boolean {
    const restored = Object.values(this.parts).filter((cache) => cache.figuresOnly);
    for (const cache of restored) cache.forget();
    return restored.length > 0;
  }

  private snapshotOf(): Snapshot {
    const unloaded = snapshotParts.filter((part) => !this.parts[part].loaded);
    const recentOnly = unloaded.filter((part) => this.parts[part].recentOnly);
    // The narrowest window among them (the latest start): what every figure may rely on.
    const windowFrom = recentOnly
      .map((part) => this.parts[part].windowFrom!)
      .sort()
      .at(-1);
    const figuresOnly = unloaded.filter((part) => this.parts[part].figuresOnly);
    const problems = this.all.flatMap((cache) => cache.problems());
    const records = Object.fromEntries(
      snapshotParts.map((part) => [part, this.parts[part].values()]),
    ) as unknown as SnapshotLists;
    const next: Snapshot = {
      ...records,
      correspondence: this.correspondenceWithoutKeys(),
      settings: this.settings.values()[0]?.value ?? (this.defaults ??= defaultCouncilSettings()),
      ...(this.settings.values()[0]?.etag
        ? { settingsVersion: this.settings.values()[0]!.etag }
        : {}),
      ...(problems.length ? { problems } : {}),
      ...(unloaded.length ? { unloaded } : {}),
      ...(recentOnly.length ? { recentOnly } : {}),
      ...(windowFrom ? { recentFrom: windowFrom } : {}),
      ...(figuresOnly.length ? { figuresOnly } : {}),
    };
    if (this.last && sameSnapshot(this.last, next)) return this.last;
    this.last = next;
    return next;
  }

  /** The message keys stay in the store (they only make saves idempotent). */
  private correspondenceWithoutKeys(): Snapshot['correspondence'] {
    const source = this.parts.correspondence.values();
    if (source !== this.correspondenceSource) {
      this.correspondenceSource = source;
      this.correspondenceView = source.map((c) => ({ ...c, value: withoutKey(c.value) }));
    }
    return this.correspondenceView;
  }

  /** Requests the last load made, all the lists it refreshed together. */
  lastRequests(): number {
    return this.refreshedLast.reduce((sum, cache) => sum + cache.lastRequests, 0);
  }
}

/** Each part's cache, typed by the records its list holds. */
type PartCaches = { readonly [K in SnapshotPart]: ListCache<ListRecords[K]> };

const cacheOf = <K extends SnapshotPart>(part: K): ListCache<ListRecords[K]> =>
  new ListCache(lists[part]);

const isCachedPart = (key: string): key is CachedPart =>
  (cachedParts as readonly string[]).includes(key);

function withoutKey<T extends { messageKey: string }>(value: T): Omit<T, 'messageKey'> {
  const { messageKey: _key, ...rest } = value;
  return rest;
}

/** Every part the same object (settings included) and the same problems and part lists. */
function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Snapshot)[]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (
      (key === 'problems' || key === 'unloaded' || key === 'recentOnly' || key === 'figuresOnly') &&
      sameStrings(x, y)
    )
      continue;
    return false;
  }
  return true;
}

function sameStrings(x: unknown, y: unknown): boolean {
  return (
    Array.isArray(x) &&
    Array.isArray(y) &&
    x.length === y.length &&
    x.every((value, index) => value === y[index])
  );
}
