import type { Person } from '../../domain/records';
import type { ListItemId } from '../../domain/primitives/brand';
import { asListItemId } from '../../domain/primitives/brand';
import { GraphRequestError } from '../graph/errors';
import { filterQuery, readAllPages } from '../graph/paging';
import { StoreFailure } from '../graph/storeError';
import { forCreate, type Fields } from '../lists/fieldValues';
import type { ListDefinition } from '../lists/listDefinition';
import type { Stored } from '../store';
import type { StoreContext } from './context';

/** A list item as Graph returns it with `$expand=fields`. */
export interface GraphItem {
  readonly id: string;
  readonly eTag?: string;
  readonly '@odata.etag'?: string;
  readonly fields?: Fields;
  readonly deleted?: { readonly state: string };
  /** SharePoint's stamps, asked for on lists whose author matters (`ListDefinition.stamped`). */
  readonly createdBy?: {
    readonly user?: { readonly displayName?: string; readonly email?: string };
  };
  readonly createdDateTime?: string;
}

/**
 * Who SharePoint says created the item, and when: `{ createdBy: { name, upn }, created }`, or
 * nothing when Graph did not send them.
 */
export function stampsOf(item: GraphItem): { createdBy?: Person; created?: string } {
  const user = item.createdBy?.user;
  const name = user?.displayName?.trim() || user?.email?.trim();
  return {
    ...(name ? { createdBy: { name, ...(user?.email ? { upn: user.email } : {}) } } : {}),
    ...(item.createdDateTime ? { created: item.createdDateTime } : {}),
  };
}

/** The item's ETag, wherever Graph put it. */
export function etagOf(item: GraphItem): string {
  const fromFields = item.fields?.['@odata.etag'];
  return item.eTag ?? item['@odata.etag'] ?? (typeof fromFields === 'string' ? fromFields : '');
}

/** Reads an item as a record, or says plainly which item could not be read and why. */
export function toStored<T>(definition: ListDefinition<T>, item: GraphItem): Stored<T> {
  const loaded = definition.fromFields(item.fields ?? {});
  if (!loaded.ok) {
    throw new StoreFailure({
      code: 'invalid',
      message: `Item ${item.id} of the ${definition.displayName} list cannot be read: ${loaded.error.message}`,
    });
  }
  return {
    itemId: asListItemId(item.id),
    etag: etagOf(item),
    value: loaded.value,
    ...(definition.stamped ? stampsOf(item) : {}),
  };
}

/**
 * Items matching an OData filter on indexed columns (so it works past 5,000 items),
 * every page. `findItems(ctx, casesList, "fields/ConversationId eq 'AAQk…'")`
 */
export async function findItems<T>(
  ctx: StoreContext,
  definition: ListDefinition<T>,
  filter: string,
  options: { orderby?: string; top?: number; allPages?: boolean } = {},
): Promise<Stored<T>[]> {
  const path = `${await ctx.listPath(definition.key)}/items?$expand=fields&${filterQuery(filter)}${
    options.orderby ? `&$orderby=${encodeURIComponent(options.orderby)}` : ''
  }${options.top ? `&$top=${options.top}` : ''}`;
  if (options.allPages === false) {
    const page = await ctx.client.get<{ value?: GraphItem[] }>(path);
    return (page.value ?? []).map((item) => toStored(definition, item));
  }
  const { items } = await readAllPages<GraphItem>(ctx.client, path);
  return items.map((item) => toStored(definition, item));
}

/** The one item whose key column equals `key`, if any. */
export async function findByKey<T>(
  ctx: StoreContext,
  definition: ListDefinition<T>,
  key: string,
): Promise<Stored<T> | undefined> {
  const [found] = await findItems(
    ctx,
    definition,
    `fields/${definition.keyColumn} eq ${quote(key)}`,
    {
      top: 1,
      allPages: false,
    },
  );
  return found;
}

export const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** Creates an item; a unique-column clash throws GraphRequestError (status 409). */
export async function createItem<T>(
  ctx: StoreContext,
  definition: ListDefinition<T>,
  value: T,
  extra: Fields = {},
): Promise<Stored<T>> {
  const item = await ctx.client.post<GraphItem>(`${await ctx.listPath(definition.key)}/items`, {
    fields: forCreate({ ...definition.toFields(value), ...extra }),
  });
  return toStored(definition, item);
}

/**
 * Replaces an item's fields (and `extra` columns the store writes itself); with an ETag, a
 * colleague's change in between gives 412.
 */
export async function updateItem<T>(
  ctx: StoreContext,
  definition: ListDefinition<T>,
  itemId: ListItemId,
  value: T,
  etag?: string,
  extra: Fields = {},
): Promise<Stored<T>> {
  const fields = await ctx.client.patch<Fields>(
    `${await ctx.listPath(definition.key)}/items/${itemId}/fields`,
    { ...definition.toFields(value), ...extra },
    etag ? { headers: { 'If-Match': etag } } : {},
  );
  const newEtag = typeof fields['@odata.etag'] === 'string' ? fields['@odata.etag'] : '';
  return toStored(definition, { id: itemId, eTag: newEtag, fields });
}

/**
 * Creates the item unless one with the same key exists: then returns that one. This is what
 * makes a retry safe when the first attempt landed but its answer was lost.
 */
export async function createOrFind<T>(
  ctx: StoreContext,
  definition: ListDefinition<T>,
  value: T,
  extra: Fields = {},
): Promise<{ stored: Stored<T>; created: boolean }> {
  try {
    return { stored: await createItem(ctx, definition, value, extra), created: true };
  } catch (error) {
    if (!(error instanceof GraphRequestError) || !error.isUniqueViolation) throw error;
    const key = String(extra[definition.keyColumn] ?? definition.keyOf(value));
    const existing = await findByKey(ctx, definition, key);
    if (!existing) throw error;
    return { stored: existing, created: false };
  }
}
