import type { Stored, UnreadableItem } from '../store';
import { browserCacheFields, keepOnly, type CachedPart } from './allowList';

/**
 * One list as the browser keeps it: the delta link to bring it up to date (one request when
 * nothing changed), its items with only the fields `browserCacheFields` allows, and the items
 * that could not be read (list, item id and the field names at fault: never a value).
 */
export interface CachedList {
  readonly deltaLink: string;
  readonly items: readonly Stored<unknown>[];
  readonly unreadable: readonly UnreadableItem[];
}

/** Where the lists are kept between visits: IndexedDB in the tab, memory in tests. */
export interface BrowserListCache {
  /** The list as kept for this site and user, if any (a failure reads as none). */
  read(part: CachedPart): Promise<CachedList | undefined>;
  /** Keeps the list, replacing what was kept; a failure is not the caller's concern. */
  write(part: CachedPart, list: CachedList): Promise<void>;
  /**
   * Moves the kept list's delta link on from `from` to `to`, its items unchanged: for a round
   * that brought no change but a new link, which Graph may send every round. A few hundred
   * bytes written instead of the whole list (megabytes at a council's size). Does nothing when
   * the kept link is no longer `from` (another window kept the list since): replaying from an
   * older link is safe, a newer link over older items would lose changes.
   */
  advanceDeltaLink(part: CachedPart, from: string, to: string): Promise<void>;
  /**
   * The delta link kept with the list, read on its own (a few hundred bytes, where the list is
   * megabytes): a re-open sends the delta request while the items are still being read back.
   * Optional: without it the request waits for `read`.
   */
  readDeltaLink?(part: CachedPart): Promise<string | undefined>;
  /**
   * The site's list ids by lower-case display name, as last looked up (ids are not personal):
   * a re-open goes straight to its lists instead of asking for them by name first.
   */
  readListIds(): Promise<Readonly<Record<string, string>> | undefined>;
  writeListIds(ids: Readonly<Record<string, string>>): Promise<void>;
}

/**
 * Figures worked out from the kept lists, kept beside them so a re-open shows them before the
 * lists are read back (the Overview's: counts, percentages and the labels they are counted
 * under, never a record). The tab says what they are and checks them when read back: to the
 * cache they are a value like any other, deleted with the lists.
 */
export interface BrowserFiguresCache {
  /** The figures kept for this site and user, if any (a failure reads as none). */
  readFigures(): Promise<unknown>;
  /** Keeps the figures, replacing what was kept; a failure is not the caller's concern. */
  writeFigures(figures: object): Promise<void>;
}

/**
 * The list as it may be kept: each item's id, ETag and the allowed fields of its record, built
 * field by field (never a copy of the item, so nothing added to a record later slips through).
 */
export function cachedListOf(
  part: CachedPart,
  deltaLink: string,
  items: readonly Stored<unknown>[],
  unreadable: readonly UnreadableItem[],
): CachedList {
  const keep = browserCacheFields[part];
  return {
    deltaLink,
    items: items.map((item) => ({
      itemId: item.itemId,
      etag: item.etag,
      value: keepOnly(keep, item.value),
    })),
    unreadable: unreadable.map(({ part, listName, itemId, reason }) => ({
      part,
      listName,
      itemId,
      reason,
    })),
  };
}
