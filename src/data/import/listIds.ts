import type { GraphClient } from '../graph/client';
import { readAllPages } from '../graph/paging';
import { sitePath } from '../graph/sitePath';
import type { ListDefinition } from '../lists';

/** Thrown when the site lacks a list: the one-line answer tells the administrator what to run. */
export class SiteNotProvisioned extends Error {
  override readonly name = 'SiteNotProvisioned';
}

/**
 * The item paths (`/sites/root/lists/{id}`) of the lists an import writes, looked up by display
 * name in one request.
 */
export async function listPaths(
  client: GraphClient,
  siteId: string,
  lists: readonly ListDefinition<unknown>[],
): Promise<Map<string, string>> {
  const site = sitePath(siteId);
  const { items } = await readAllPages<{ id: string; displayName: string }>(
    client,
    `${site}/lists?$select=id,displayName`,
  );
  const byName = new Map(items.map((l) => [l.displayName.toLowerCase(), l.id]));
  const paths = new Map<string, string>();
  for (const list of lists) {
    const id = byName.get(list.displayName.toLowerCase());
    if (id === undefined) {
      throw new SiteNotProvisioned(
        `the site has no "${list.displayName}" list: run "npx feedback-desk provision" first`,
      );
    }
    paths.set(list.key, `${site}/lists/${id}`);
  }
  return paths;
}

/**
 * Every item's key (the list's key column) and item id, read 5,000 at a time with only the
 * key column, so re-importing updates the items already there instead of adding duplicates.
 */
export async function existingKeys(
  client: GraphClient,
  listPath: string,
  keyColumn: string,
): Promise<Map<string, string>> {
  const { items } = await readAllPages<{ id: string; fields?: Record<string, unknown> }>(
    client,
    `${listPath}/items?$select=id&$expand=fields($select=${keyColumn})&$top=5000`,
  );
  const keys = new Map<string, string>();
  for (const item of items) {
    const key = item.fields?.[keyColumn];
    if (typeof key === 'string') keys.set(key, item.id);
  }
  return keys;
}
