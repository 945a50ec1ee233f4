import { describe, expect, it } from 'vitest';
import { listCacheIn, type CachedList, type KeptScope } from '../../../../src/data/browserCache';
import { asListItemId } from '../../../../src/domain/primitives/brand';

/** A kept scope in memory, cloning what it keeps as IndexedDB does; one entry at a time. */
function memoryScope(): KeptScope & { readonly entries: Map<string, object> } {
  const entries = new Map<string, object>();
  const read = (name: string, schema: string) => {
    const entry = entries.get(name) as { schema?: unknown } | undefined;
    return entry?.schema === schema ? structuredClone(entry) : undefined;
  };
  return {
    entries,
    get: async (name, schema) => read(name, schema),
    put: async (kept) => {
      for (const [name, entry] of Object.entries(kept)) entries.set(name, structuredClone(entry));
    },
    update: async (name, schema, change) => {
      const next = change(read(name, schema));
      if (next !== undefined) entries.set(name, structuredClone(next));
    },
  };
}

const list = (deltaLink: string, status = 'open'): CachedList => ({
  deltaLink,
  items: [{ itemId: asListItemId('4'), etag: '"4,1"', value: { reference: 'CF-4', status } }],
  unreadable: [],
});

describe('a kept delta link moved on without its items', () => {
  it('is read back with the items it was moved on over, and sent ahead', async () => {
    const cache = listCacheIn(memoryScope());
    await cache.write('cases', list('round-1'));
    await cache.advanceDeltaLink('cases', 'round-1', 'round-2');
    await cache.advanceDeltaLink('cases', 'round-2', 'round-3');
    expect(await cache.readDeltaLink?.('cases')).toBe('round-3');
    expect(await cache.read('cases')).toEqual(list('round-3'));
  });

  it('is not moved on from a link that is no longer the one kept', async () => {
    const cache = listCacheIn(memoryScope());
    await cache.write('cases', list('round-5'));
    // This window last knew round 4; another window has kept round 5 since.
    await cache.advanceDeltaLink('cases', 'round-4', 'round-6');
    expect(await cache.read('cases')).toEqual(list('round-5'));
  });

  it('is not used over items kept after it (by another window, from an older link)', async () => {
    const scope = memoryScope();
    const cache = listCacheIn(scope);
    await cache.write('cases', list('round-1'));
    await cache.advanceDeltaLink('cases', 'round-1', 'round-9');
    // The list's items written again with an older link, its link entry left as moved on (as
    // if the two writes had crossed): the newer link would skip what changed in between.
    const moved = scope.entries.get('cases-link');
    await cache.write('cases', list('round-3', 'closed'));
    await scope.put({ 'cases-link': moved! });
    expect(await cache.read('cases')).toEqual(list('round-3', 'closed'));
  });

  it('is dropped with the list when the list is written in full again', async () => {
    const cache = listCacheIn(memoryScope());
    await cache.write('cases', list('round-1'));
    await cache.advanceDeltaLink('cases', 'round-1', 'round-2');
    await cache.write('cases', list('round-7', 'closed'));
    expect(await cache.readDeltaLink?.('cases')).toBe('round-7');
    expect(await cache.read('cases')).toEqual(list('round-7', 'closed'));
  });
});
