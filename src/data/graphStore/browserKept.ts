import { cachedListOf, cachedParts, type BrowserListCache, type CachedPart } from '../browserCache';
import type { SnapshotPart } from '../store';
import type { StoreContext } from './context';
import type { ListCache } from './listCache';

/**
 * Between the snapshot's list caches and the browser's (src/data/browserCache): restores the
 * Overview's lists from what was kept, and keeps them again after a load changed them.
 */
type Caches = Readonly<Record<SnapshotPart, ListCache<unknown>>>;

/** What each list was last kept as (its items array and link), so an unchanged load writes nothing. */
const lastKept = new WeakMap<ListCache<unknown>, { items: unknown; deltaLink: string }>();

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
      if (now) lastKept.set(cache, { items: now.items, deltaLink: now.deltaLink });
    }),
  );
}

/**
 * Keeps each of the Overview's lists whose items or delta link changed, once the browser is
 * idle (building the entry for 20,000 cases takes tens of milliseconds): never awaited.
 */
export function keepInBrowser(kept: BrowserListCache, caches: Caches): void {
  const changed: { part: CachedPart; cache: ListCache<unknown> }[] = [];
  for (const part of cachedParts) {
    const cache = caches[part];
    const now = cache.keepable();
    const before = lastKept.get(cache);
    if (!now || (before?.items === now.items && before.deltaLink === now.deltaLink)) continue;
    lastKept.set(cache, { items: now.items, deltaLink: now.deltaLink });
    changed.push({ part, cache });
  }
  if (changed.length === 0) return;
  whenIdle(() => {
    for (const { part, cache } of changed) {
      const now = cache.keepable();
      if (now) void kept.write(part, cachedListOf(part, now.deltaLink, now.items, now.unreadable));
    }
  });
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
