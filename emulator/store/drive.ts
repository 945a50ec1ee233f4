import { randomBytes } from 'node:crypto';
import type { Store } from './store';
import { isoNow } from './ids';
import { itemTable, type ListRecord } from './lists';
import { GraphError, badRequest, notFound } from '../graph/errors';

export interface DriveItemRecord {
  readonly id: string;
  readonly driveId: string;
  readonly parentId: string;
  readonly name: string;
  readonly isFolder: boolean;
  readonly mimeType: string | null;
  readonly size: number;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly listItemId: number | null;
}

interface DriveItemRow {
  id: string;
  drive_id: string;
  parent_id: string;
  name: string;
  is_folder: number;
  mime_type: string | null;
  size: number;
  version: number;
  created: string;
  modified: string;
  list_item_id: number | null;
}

const COLUMNS =
  'id, drive_id, parent_id, name, is_folder, mime_type, size, version, created, modified, list_item_id';

const toRecord = (row: DriveItemRow): DriveItemRecord => ({
  id: row.id,
  driveId: row.drive_id,
  parentId: row.parent_id,
  name: row.name,
  isFolder: row.is_folder === 1,
  mimeType: row.mime_type,
  size: row.size,
  version: row.version,
  created: row.created,
  modified: row.modified,
  listItemId: row.list_item_id,
});

/** SharePoint drive item ids look like `01ABCDEF…` (34 characters, base32). */
const newDriveItemId = () =>
  `01${randomBytes(20)
    .toString('base64')
    .replace(/[^A-Z2-7]/gi, '')
    .toUpperCase()
    .padEnd(32, 'A')
    .slice(0, 32)}`;

const MIME_TYPES: Record<string, string> = {
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  pdf: 'application/pdf',
  txt: 'text/plain',
  json: 'application/json',
  html: 'text/html',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
};

export const mimeTypeOf = (name: string) =>
  MIME_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** The characters SharePoint does not allow in file and folder names. */
const INVALID_NAME = /["*:<>?/\\|]|^\s|\s$|^\.+$/;

export function rootOf(store: Store, driveId: string): DriveItemRecord {
  const found = store
    .sql(`SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND parent_id = ''`)
    .get(driveId) as DriveItemRow | undefined;
  if (found) return toRecord(found);
  const now = isoNow();
  store
    .sql(
      "INSERT INTO drive_items(id, drive_id, parent_id, name, is_folder, created, modified) VALUES (?, ?, '', 'root', 1, ?, ?)",
    )
    .run(newDriveItemId(), driveId, now, now);
  return rootOf(store, driveId);
}

export function driveItemById(
  store: Store,
  driveId: string,
  id: string,
): DriveItemRecord | undefined {
  const found = store
    .sql(`SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND id = ?`)
    .get(driveId, id) as DriveItemRow | undefined;
  return found && toRecord(found);
}

export function childOf(
  store: Store,
  parent: DriveItemRecord,
  name: string,
): DriveItemRecord | undefined {
  const found = store
    .sql(
      `SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND parent_id = ? AND name = ? COLLATE NOCASE`,
    )
    .get(parent.driveId, parent.id, name) as DriveItemRow | undefined;
  return found && toRecord(found);
}

export function childrenOf(store: Store, parent: DriveItemRecord): DriveItemRecord[] {
  return (
    store
      .sql(`SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND parent_id = ? ORDER BY name`)
      .all(parent.driveId, parent.id) as DriveItemRow[]
  ).map(toRecord);
}

export const pathSegments = (path: string) => path.split('/').filter((segment) => segment !== '');

/** Resolves `a/b/c.eml` from the root; undefined when any part is missing. */
export function itemAtPath(
  store: Store,
  driveId: string,
  path: string,
): DriveItemRecord | undefined {
  let current: DriveItemRecord | undefined = rootOf(store, driveId);
  for (const name of pathSegments(path)) {
    current = current && childOf(store, current, name);
    if (!current) return undefined;
  }
  return current;
}

export function contentOf(
  store: Store,
  id: string,
): { content: Buffer; mimeType: string; name: string } | undefined {
  const row = store
    .sql('SELECT content, mime_type, name FROM drive_items WHERE id = ? AND is_folder = 0')
    .get(id) as { content: Buffer | null; mime_type: string | null; name: string } | undefined;
  return (
    row && {
      content: row.content ?? Buffer.alloc(0),
      mimeType: row.mime_type ?? 'application/octet-stream',
      name: row.name,
    }
  );
}

export type ConflictBehavior = 'replace' | 'fail' | 'rename';

/**
 * PUT …/root:/a/b/c.eml:/content — creates the missing folders, then the file (or a new
 * version of it). Returns the file and whether it was created.
 */
export function uploadFile(
  store: Store,
  library: ListRecord,
  path: string,
  content: Buffer,
  conflict: ConflictBehavior,
): { item: DriveItemRecord; created: boolean } {
  const driveId = library.driveId;
  if (!driveId) throw badRequest(`List '${library.displayName}' is not a document library.`);
  const segments = pathSegments(path);
  const bad = segments.find((name) => INVALID_NAME.test(name));
  if (bad !== undefined || segments.length === 0)
    throw badRequest(`The provided name '${bad ?? ''}' contains invalid characters or is empty.`);
  return store.transaction(() => {
    const now = isoNow();
    let parent = rootOf(store, driveId);
    for (const folder of segments.slice(0, -1)) {
      const existing = childOf(store, parent, folder);
      if (existing && !existing.isFolder)
        throw new GraphError(409, 'nameAlreadyExists', `'${folder}' is a file, not a folder.`);
      if (existing) {
        parent = existing;
        continue;
      }
      const id = newDriveItemId();
      store
        .sql(
          'INSERT INTO drive_items(id, drive_id, parent_id, name, is_folder, created, modified) VALUES (?, ?, ?, ?, 1, ?, ?)',
        )
        .run(id, driveId, parent.id, folder, now, now);
      parent = driveItemById(store, driveId, id) as DriveItemRecord;
    }
    let name = segments[segments.length - 1] as string;
    const existing = childOf(store, parent, name);
    if (existing?.isFolder)
      throw new GraphError(409, 'nameAlreadyExists', `'${name}' is a folder.`);
    if (existing && conflict === 'fail')
      throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    if (existing && conflict === 'replace') {
      store
        .sql(
          'UPDATE drive_items SET content = ?, size = ?, version = version + 1, modified = ? WHERE id = ?',
        )
        .run(content, content.length, now, existing.id);
      if (existing.listItemId !== null)
        store
          .sql(
            `UPDATE ${itemTable(library)} SET version = version + 1, modified = ?, change_seq = ? WHERE id = ?`,
          )
          .run(now, store.nextChangeSeq(), existing.listItemId);
      return {
        item: driveItemById(store, driveId, existing.id) as DriveItemRecord,
        created: false,
      };
    }
    if (existing) {
      const dot = name.lastIndexOf('.');
      const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
      for (let n = 1; childOf(store, parent, name); n++) name = `${stem} ${n}${ext}`;
    }
    const { next_item_id: listItemId } = store
      .sql(
        'UPDATE lists SET next_item_id = next_item_id + 1, item_count = item_count + 1 WHERE row = ? RETURNING next_item_id - 1 AS next_item_id',
      )
      .get(library.row) as { next_item_id: number };
    store
      .sql(
        `INSERT INTO ${itemTable(library)}(id, uid, version, fields, created, modified, change_seq) VALUES (?, lower(hex(randomblob(16))), 1, ?, ?, ?, ?)`,
      )
      .run(listItemId, JSON.stringify({ FileLeafRef: name }), now, now, store.nextChangeSeq());
    const id = newDriveItemId();
    store
      .sql(
        `INSERT INTO drive_items(id, drive_id, parent_id, name, is_folder, content, mime_type, size, created, modified, list_item_id)
         VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        driveId,
        parent.id,
        name,
        content,
        mimeTypeOf(name),
        content.length,
        now,
        now,
        listItemId,
      );
    return { item: driveItemById(store, driveId, id) as DriveItemRecord, created: true };
  });
}

export function deleteDriveItem(store: Store, library: ListRecord, item: DriveItemRecord): void {
  if (item.parentId === '')
    throw new GraphError(403, 'accessDenied', 'The root folder cannot be deleted.');
  store.transaction(() => {
    const doomed: DriveItemRecord[] = [];
    const collect = (current: DriveItemRecord) => {
      doomed.push(current);
      if (current.isFolder) for (const child of childrenOf(store, current)) collect(child);
    };
    collect(item);
    for (const each of doomed) {
      store.sql('DELETE FROM drive_items WHERE id = ?').run(each.id);
      if (each.listItemId === null) continue;
      store.sql(`DELETE FROM ${itemTable(library)} WHERE id = ?`).run(each.listItemId);
      store.sql('UPDATE lists SET item_count = item_count - 1 WHERE row = ?').run(library.row);
      store
        .sql('INSERT OR REPLACE INTO tombstones(list_row, item_id, change_seq) VALUES (?, ?, ?)')
        .run(library.row, each.listItemId, store.nextChangeSeq());
    }
  });
}

export function requireDriveItem(store: Store, driveId: string, id: string): DriveItemRecord {
  const item = driveItemById(store, driveId, id);
  if (!item) throw notFound('Item not found');
  return item;
}

/** The folder path Graph puts in parentReference.path: `/drives/{id}/root:/a/b`. */
export function parentPath(store: Store, item: DriveItemRecord): string {
  const names: string[] = [];
  let current = driveItemById(store, item.driveId, item.parentId);
  while (current && current.parentId !== '') {
    names.unshift(current.name);
    current = driveItemById(store, item.driveId, current.parentId);
  }
  return `/drives/${item.driveId}/root:${names.length ? `/${names.join('/')}` : ''}`;
}
