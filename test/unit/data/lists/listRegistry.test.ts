import { describe, expect, it } from 'vitest';
import { SnapshotCache } from '../../../../src/data/graphStore/snapshotCache';
import {
  allLists,
  everyKey,
  listOrder,
  lists,
  type ListDefinitions,
  type ListKey,
  type OnDemandListKey,
} from '../../../../src/data/lists';
import { snapshotParts, type SnapshotPart } from '../../../../src/data/store';

// Adding a list means adding it to `ListRecords`; these prove the compiler then finds every
// derived place. Each `@ts-expect-error` fails the typecheck if the line stops being an error.
describe('one place per list', () => {
  it('does not compile a registry, an order or a snapshot part list that leaves a list out', () => {
    const { costs: _costs, ...withoutCosts } = lists;
    // @ts-expect-error the registry must define every list in ListRecords
    const registry: ListDefinitions = withoutCosts;
    // @ts-expect-error the provisioning order must name every list
    const order = everyKey<ListKey>()('cases', 'stages');
    // @ts-expect-error the snapshot parts must name every list but the settings
    const parts = everyKey<SnapshotPart>()('cases', 'stages', 'correspondence');
    expect([registry, order, parts]).toHaveLength(3);
  });

  it('provisions every list once, each under its own key', () => {
    expect(allLists.map((l) => l.key)).toEqual(listOrder);
    expect(new Set(listOrder)).toEqual(new Set(Object.keys(lists)));
    for (const key of listOrder) expect(lists[key].key).toBe(key);
  });

  it('keeps a snapshot cache and a part for every list but the settings and those read on demand', () => {
    const onDemand: readonly OnDemandListKey[] = ['narratives'];
    const cache = new SnapshotCache() as unknown as Record<string, { definition: unknown }>;
    for (const key of listOrder.filter((k) => !onDemand.includes(k as OnDemandListKey)))
      expect(cache[key]?.definition).toBe(lists[key]);
    for (const key of onDemand) expect(cache[key]).toBeUndefined();
    expect([...snapshotParts, 'settings', ...onDemand].sort()).toEqual([...listOrder].sort());
  });
});
