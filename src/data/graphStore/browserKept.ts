import { cachedListOf, cachedParts, type BrowserListCache } from '../browserCache';
import type { SnapshotPart } from '../store';
import type { StoreContext } from './context';
import type { ListCache } from './listCache';

/**
 * Between the snapshot's list caches and the browser's (src/data/browserCache): restores the
 * Overview's lists from what was kept, and keeps them again after a load changed them.
 */
type Caches = Readonly<Record<SnapshotPart, ListCache<unknown>>>;

/** A list as the browser was last given it (`ListCache.keepable`). */
type Keepable = NonNullable<ReturnType<ListCache<unknown>['keepable']>>;

/** What each list was last kept as, so a load that changed nothing writes nothing. */
const lastKept = new WeakMap<ListCache<unknown>, Keepable>();

/**
 * True when `now` holds the items kept in `before`: the same array, or the same items at the
 * same versions (ETags) read again, as the full read that follows a re-open reads them.
 */
function sameItems(before: Keepable, now: Keepable): boolean {
  if (before.items === now.items) return true;
  if (before.items.length !== now.items.length) return false;
  if (before.unreadable.length !== now.unreadable.length) return false;
  const etags = new Map(before.items.map((item) => [item.itemId as string, item.etag]));
  if (now.items.some((item) => etags.get(item.itemId) !== item.etag)) return false;
  const reasons = new Map(before.unreadable.map((item) => [item.itemId, item.reason]));
  return now.unreadable.every((item) => reasons.get(item.itemId) === item.reason);
}

/**
 * Restores every kept list that has not been read yet; a list not kept is read as usual.
 * The kept delta links are read first, on their own, and each list's delta request sent at
 * once, so the round of requests runs while the items are read back (megabytes at a council's
 * size: docs/performance.md, issue 19). Read side by side, a small entry's answer came only
 * after the large ones'.
 */
export async function restoreFromBrowser(
  kept: BrowserListCache,
  caches: Caches,
  ctx: StoreContext,
): Promise<void> {
  const links = await Promise.all(cachedParts.map((part) => kept.readDeltaLink?.(part)));
  cachedParts.forEach((part, index) => {
    const link = links[index];
    if (link !== undefined) caches[part].sendDeltaAhead(ctx, link);
  });
  await Promise.all(
    cachedParts.map(async (part) => {
      const list = await kept.read(part);
      if (!list) return;
      const cache = caches[part];
      cache.restore(list);
      // What was just read back need not be written again until it changes.
      const now = cache.keepable();
      if (now) lastKept.set(cache, now);
    }),
  );
}

/**
 * Keeps each of the Overview's lists whose items changed, once the browser is idle (building
 * the entry for 20,000 cases takes tens of milliseconds): never awaited. A list whose items are
 * unchanged but whose delta link is new (Graph may send one every round, and a full read ends
 * with one) has only its link moved on: a few hundred bytes, not the list again.
 */
export function keepInBrowser(kept: BrowserListCache, caches: Caches): void {
  const writes: (() => void)[] = [];
  for (const part of cachedParts) {
    const cache = caches[part];
    const now = cache.keepable();
    const before = lastKept.get(cache);
    if (!now || (before?.items === now.items && before.deltaLink === now.deltaLink)) continue;
    if (before && sameItems(before, now)) {
      if (before.deltaLink !== now.deltaLink)
        writes.push(() => void kept.advanceDeltaLink(part, before.deltaLink, now.deltaLink));
      lastKept.set(cache, now);
      continue;
    }
    lastKept.set(cache, now);
    writes.push(() => {
      // Built when written, from the list as it is then.
      const latest = cache.keepable();
      if (latest) {
        void kept.write(
          part,
          cachedListOf(part, latest.deltaLink, latest.items, latest.unreadable),
        );
      }
    });
  }
  if (writes.length > 0) whenIdle(() => writes.forEach((write) => write()));
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
