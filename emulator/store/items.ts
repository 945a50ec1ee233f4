import type { Store } from './store';
import type { Column } from './columnModel';
import { itemTable, type ListRecord } from './lists';
import { checkRequired, parseFieldInput } from './fieldValues';
import { isoNow, newGuid } from './ids';
import { GraphError, notFound } from '../graph/errors';
import { EMULATOR_USER, forgetVersions, recordVersion, type IdentitySet } from './versions';

export interface ItemRecord {
  readonly id: number;
  readonly uid: string;
  readonly version: number;
  /** Stored values keyed by field key (`Status`, `CaseLookupId`); no nulls. */
  readonly fields: Record<string, unknown>;
  readonly created: string;
  readonly modified: string;
  readonly changeSeq: number;
}

export interface ItemRow {
  id: number;
  uid: string;
  version: number;
  fields: string;
  created: string;
  modified: string;
  change_seq: number;
}

export const toItem = (row: ItemRow): ItemRecord => ({
  id: row.id,
  uid: row.uid,
  version: row.version,
  fields: JSON.parse(row.fields) as Record<string, unknown>,
  created: row.created,
  modified: row.modified,
  changeSeq: row.change_seq,
});

/** Graph's list item ETag: `"{guid},{version}"`, quotes included. */
export const etagOf = (item: Pick<ItemRecord, 'uid' | 'version'>) =>
  `"${item.uid},${item.version}"`;

const bare = (etag: string) => etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '').toLowerCase();

/**
 * If-Match: `*` or any listed ETag that equals the item's current one.
 *   assertIfMatch('"6c1…,1"', item at version 2) → throws 412 preconditionFailed
 */
export function assertIfMatch(ifMatch: string | undefined, item: ItemRecord): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const current = bare(etagOf(item));
  // The ETag holds a comma itself, so a list of ETags only splits before a quote.
  const candidates = [ifMatch, ...ifMatch.split(/,(?=\s*(?:W\/)?")/)];
  if (candidates.some((tag) => bare(tag) === current)) return;
  throw new GraphError(
    412,
    'preconditionFailed',
    `The request ETag value '${ifMatch}' does not match the object's ETag value '${etagOf(item)}'.`,
  );
}

/** booleans live in JSON as true/false, which SQLite's json_extract reads as 1/0. */
export const sqlValue = (value: unknown): unknown =>
  typeof value === 'boolean' ? (value ? 1 : 0) : value;

export function getItem(store: Store, list: ListRecord, id: number): ItemRecord | undefined {
  const row = store.sql(`SELECT * FROM ${itemTable(list)} WHERE id = ?`).get(id) as
    ItemRow | undefined;
  return row && toItem(row);
}

export function requireItem(store: Store, list: ListRecord, id: string): ItemRecord {
  const item = /^\d+$/.test(id) ? getItem(store, list, Number(id)) : undefined;
  if (!item) throw notFound('The specified list item was not found.');
  return item;
}

function assertUnique(
  store: Store,
  list: ListRecord,
  columns: readonly Column[],
  fields: Record<string, unknown>,
  id: number,
) {
  for (const column of columns) {
    const value = fields[column.fieldKey];
    if (!column.unique || value === undefined || value === null || Array.isArray(value)) continue;
    const clash = store
      .sql(`SELECT id FROM ${itemTable(list)} WHERE ${column.sqlExpr} = ? AND id != ? LIMIT 1`)
      .get(sqlValue(value), id);
    if (clash)
      throw new GraphError(
        409,
        'nameAlreadyExists',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ${column.name}.`,
      );
  }
}

const withoutNulls = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
  );

/** POST /items: validates `fields` and stores the item with version 1. */
export function createItem(
  store: Store,
  list: ListRecord,
  columns: readonly Column[],
  input: unknown,
  by: IdentitySet = EMULATOR_USER,
): ItemRecord {
  const fields = withoutNulls(parseFieldInput(columns, input, store.timeZone));
  checkRequired(columns, fields);
  return store.transaction(() => {
    const { next_item_id: id } = store
      .sql(
        'UPDATE lists SET next_item_id = next_item_id + 1, item_count = item_count + 1 WHERE row = ? RETURNING next_item_id - 1 AS next_item_id',
      )
      .get(list.row) as { next_item_id: number };
    assertUnique(store, list, columns, fields, id);
    const now = isoNow();
    const item: ItemRecord = {
      id,
      uid: newGuid(),
      version: 1,
      fields,
      created: now,
      modified: now,
      changeSeq: store.nextChangeSeq(),
    };
    store
      .sql(
        `INSERT INTO ${itemTable(list)}(id, uid, version, fields, created, modified, change_seq) VALUES (?, ?, 1, ?, ?, ?, ?)`,
      )
      .run(id, item.uid, JSON.stringify(fields), now, now, item.changeSeq);
    recordVersion(store, list, item, by);
    return item; // what was stored, without reading it back
  });
}

/** PATCH /items/{id}/fields: merges, bumps the version. */
export function updateItem(
  store: Store,
  list: ListRecord,
  columns: readonly Column[],
  id: string,
  input: unknown,
  ifMatch: string | undefined,
  by: IdentitySet = EMULATOR_USER,
): ItemRecord {
  const patch = parseFieldInput(columns, input, store.timeZone);
  return store.transaction(() => {
    const item = requireItem(store, list, id);
    assertIfMatch(ifMatch, item);
    const fields = withoutNulls({ ...item.fields, ...patch });
    checkRequired(
      columns.filter((column) => column.fieldKey in patch),
      fields,
    );
    assertUnique(store, list, columns, fields, item.id);
    const updated: ItemRecord = {
      ...item,
      version: item.version + 1,
      fields,
      modified: isoNow(),
      changeSeq: store.nextChangeSeq(),
    };
    store
      .sql(
        `UPDATE ${itemTable(list)} SET fields = ?, version = ?, modified = ?, change_seq = ? WHERE id = ?`,
      )
      .run(JSON.stringify(fields), updated.version, updated.modified, updated.changeSeq, item.id);
    recordVersion(store, list, updated, by);
    return updated; // what was stored, without reading it back
  });
}

/** DELETE /items/{id}: leaves a tombstone for delta. */
export function deleteItem(
  store: Store,
  list: ListRecord,
  id: string,
  ifMatch: string | undefined,
): void {
  store.transaction(() => {
    const item = requireItem(store, list, id);
    assertIfMatch(ifMatch, item);
    store.sql(`DELETE FROM ${itemTable(list)} WHERE id = ?`).run(item.id);
    forgetVersions(store, list, item.id);
    store.sql('UPDATE lists SET item_count = item_count - 1 WHERE row = ?').run(list.row);
    store
      .sql('INSERT OR REPLACE INTO tombstones(list_row, item_id, change_seq) VALUES (?, ?, ?)')
      .run(list.row, item.id, store.nextChangeSeq());
  });
}

export function itemCount(store: Store, list: ListRecord): number {
  return (
    store.sql('SELECT item_count FROM lists WHERE row = ?').get(list.row) as { item_count: number }
  ).item_count;
}
