import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createList, graphClient, newDataDir, relativeLink, type Item, type Page } from './harness';
import { startEmulator } from '../../emulator/server';

const dataDir = newDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps sites, lists, columns, indexes, items and delta tokens across a restart', async () => {
    const first = await startEmulator({ port: 0, dataDir, largeListThreshold: 2 });
    const before = graphClient(first);
    const site = (await before.api('/sites/root').get()) as { id: string };
    const list = await createList(before, 'Kept', [
      { name: 'Reference', text: {}, indexed: true },
      { name: 'Note', text: {} },
    ]);
    for (const reference of ['K-1', 'K-2', 'K-3'])
      await before.api(list.items).post({ fields: { Reference: reference } });
    const item = (await before.api(`${list.items}/2/fields`).patch({ Note: 'changed' })) as Record<
      string,
      unknown
    >;
    const delta = (await before.api(`${list.items}/delta`).get()) as Page<Item>;
    const deltaLink = relativeLink(first, delta['@odata.deltaLink'] ?? '');
    await first.close();

    const second = await startEmulator({ port: 0, dataDir, largeListThreshold: 2 });
    const after = graphClient(second);
    try {
      expect(((await after.api('/sites/root').get()) as { id: string }).id).toBe(site.id);
      const page = (await after
        .api(list.items)
        .expand('fields')
        .filter("fields/Reference ge 'K-2'")
        .get()) as Page<Item>;
      expect(page.value.map((entry) => entry.fields.Reference)).toEqual(['K-2', 'K-3']);
      expect(page.value[0]?.fields.Note).toBe('changed');
      expect(page.value[0]?.fields['@odata.etag']).toBe(item['@odata.etag']);
      // Still a large list with an indexed Reference and a non-indexed Note.
      await expect(
        after.api(list.items).filter("fields/Note eq 'changed'").get(),
      ).rejects.toMatchObject({ statusCode: 400 });
      const created = (await after.api(list.items).post({ fields: { Reference: 'K-4' } })) as Item;
      expect(created.id).toBe('4');
      const changes = (await after.api(deltaLink).get()) as Page<Item>;
      expect(changes.value.map((entry) => entry.id)).toEqual(['4']);
    } finally {
      await second.close();
    }
  });
});
