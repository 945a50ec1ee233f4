import type { SnapshotPart, UnreadableItem } from '../../data/store';

/** Unreadable items of one list that share a reason: "Cases — …: items 12, 15". */
export interface UnreadableGroup {
  readonly listName: string;
  readonly reason: string;
  readonly itemIds: readonly string[];
}

/**
 * The unreadable items that change what a view shows: those of the lists it reads, and the
 * settings (every view's calendar and timescales come from them). Grouped by list and
 * reason, item ids in number order.
 *   unreadableFor(['cases'], [{ part: 'cases', itemId: '15', … }, { part: 'costs', … }])
 *   → { count: 1, groups: [{ listName: 'Cases', reason: '…', itemIds: ['15'] }] }
 */
export function unreadableFor(
  needs: readonly SnapshotPart[],
  problems: readonly UnreadableItem[] | undefined,
): { readonly count: number; readonly groups: readonly UnreadableGroup[] } {
  const relevant = (problems ?? []).filter((p) => p.part === 'settings' || needs.includes(p.part));
  const groups = new Map<string, { listName: string; reason: string; itemIds: string[] }>();
  for (const p of relevant) {
    const key = `${p.listName}\u0000${p.reason}`;
    const group = groups.get(key);
    if (group) group.itemIds.push(p.itemId);
    else groups.set(key, { listName: p.listName, reason: p.reason, itemIds: [p.itemId] });
  }
  const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return {
    count: relevant.length,
    groups: [...groups.values()]
      .map((g) => ({ ...g, itemIds: g.itemIds.sort(byNumber) }))
      .sort((a, b) => a.listName.localeCompare(b.listName) || a.reason.localeCompare(b.reason)),
  };
}
