import type { Store } from './store';
import type { ItemRecord } from './items';
import type { ListRecord } from './lists';

/** Who made a change, as Graph's identitySet: `{ user: { displayName, email } }`. */
export type IdentitySet = Readonly<Record<string, unknown>>;

/** Who every change is made by until a request says otherwise (the emulator has no users). */
export const EMULATOR_USER: IdentitySet = {
  user: { displayName: 'Emulator User', email: 'emulator.user@emulator.sharepoint.local' },
};

/** One kept version of a list item: what its fields were after a write, when and by whom. */
export interface ItemVersion {
  readonly version: number;
  readonly fields: Record<string, unknown>;
  readonly modified: string;
  readonly modifiedBy: IdentitySet;
}

interface VersionRow {
  version: number;
  fields: string;
  modified: string;
  modified_by: string;
}

const toVersion = (row: VersionRow): ItemVersion => ({
  version: row.version,
  fields: JSON.parse(row.fields) as Record<string, unknown>,
  modified: row.modified,
  modifiedBy: JSON.parse(row.modified_by) as IdentitySet,
});

/**
 * Keeps the item as just written as its version `item.version` (SharePoint lists keep major
 * versions by default; the audit trail of a record reads them back). Runs inside the write's
 * transaction, so a rolled-back write leaves no version behind.
 */
export function recordVersion(
  store: Store,
  list: ListRecord,
  item: ItemRecord,
  by: IdentitySet,
): void {
  store
    .sql(
      'INSERT OR REPLACE INTO item_versions(list_row, item_id, version, fields, modified, modified_by) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(
      list.row,
      item.id,
      item.version,
      JSON.stringify(item.fields),
      item.modified,
      JSON.stringify(by),
    );
}

/**
 * Every kept version of an item, newest first (as Graph lists them). An item written before
 * versions were kept still shows its current state as its one version.
 */
export function versionsOf(store: Store, list: ListRecord, item: ItemRecord): ItemVersion[] {
  const rows = store
    .sql(
      'SELECT version, fields, modified, modified_by FROM item_versions WHERE list_row = ? AND item_id = ? ORDER BY version DESC',
    )
    .all(list.row, item.id) as VersionRow[];
  const versions = rows.map(toVersion);
  if (versions[0]?.version !== item.version)
    versions.unshift({
      version: item.version,
      fields: item.fields,
      modified: item.modified,
      modifiedBy: EMULATOR_USER,
    });
  return versions;
}

/** The versions of an item go with it (SharePoint's recycle bin is not modelled). */
export function forgetVersions(store: Store, list: ListRecord, itemId?: number): void {
  if (itemId === undefined) store.sql('DELETE FROM item_versions WHERE list_row = ?').run(list.row);
  else
    store.sql('DELETE FROM item_versions WHERE list_row = ? AND item_id = ?').run(list.row, itemId);
}

interface StampRow {
  item_id: number;
  first_by: string;
  last_by: string;
}

/**
 * Who created each item and who last changed it, from its kept versions (the first and the
 * latest): `authorsOf(store, list)(item)` → `{ createdBy: { user: { displayName, email } }, lastModifiedBy: … }`.
 * Items written before versions were kept are the emulator's user.
 */
export function authorsOf(
  store: Store,
  list: ListRecord,
): (item: ItemRecord) => { createdBy: IdentitySet; lastModifiedBy: IdentitySet } {
  return (item) => {
    const row = store
      .sql(
        `SELECT item_id,
           (SELECT modified_by FROM item_versions v WHERE v.list_row = ? AND v.item_id = ? ORDER BY version ASC LIMIT 1) AS first_by,
           (SELECT modified_by FROM item_versions v WHERE v.list_row = ? AND v.item_id = ? ORDER BY version DESC LIMIT 1) AS last_by
         FROM (SELECT ? AS item_id)`,
      )
      .get(list.row, item.id, list.row, item.id, item.id) as StampRow | undefined;
    const parse = (text: string | null | undefined) =>
      text ? (JSON.parse(text) as IdentitySet) : EMULATOR_USER;
    return { createdBy: parse(row?.first_by), lastModifiedBy: parse(row?.last_by) };
  };
}
