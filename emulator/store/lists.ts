import type { Store } from './store';
import { forgetVersions } from './versions';
import { isoNow, newGuid } from './ids';
import { addColumnRow, columnsOf, forgetColumns } from './columns';
import {
  clearOfBuiltIns,
  normaliseDefinition,
  systemDefinitions,
  type ColumnDefinition,
} from './columnModel';
import { GraphError, badRequest } from '../graph/errors';

export type ListTemplate = 'genericList' | 'documentLibrary';

export interface ListRecord {
  readonly row: number;
  readonly id: string;
  readonly siteId: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly template: ListTemplate;
  readonly created: string;
  readonly modified: string;
  /** (The item count changes with every write: read it with `itemCount` in items.ts.) */
  readonly driveId: string | null;
}

interface ListRow {
  row: number;
  id: string;
  site_id: string;
  name: string;
  display_name: string;
  description: string;
  template: ListTemplate;
  created: string;
  modified: string;
  drive_id: string | null;
}

const toRecord = (row: ListRow): ListRecord => ({
  row: row.row,
  id: row.id,
  siteId: row.site_id,
  name: row.name,
  displayName: row.display_name,
  description: row.description,
  template: row.template,
  created: row.created,
  modified: row.modified,
  driveId: row.drive_id,
});

/** The table holding one list's items. */
export const itemTable = (list: Pick<ListRecord, 'row'>): string => `items_${list.row}`;

export interface NewList {
  readonly displayName: string;
  readonly description?: string;
  readonly template: ListTemplate;
  readonly columns: readonly unknown[];
  /** The name in the list's URL, when not derived from the display name (`Shared Documents`). */
  readonly urlName?: string;
}

/**
 * Creates a list with its columns and its items table, all or nothing.
 *   createList(store, siteGuid, { displayName: 'Cases', template: 'genericList', columns: [{ name: 'Reference', text: {} }] })
 */
export function createList(store: Store, siteGuid: string, input: NewList): ListRecord {
  const definitions: { definition: ColumnDefinition; system: boolean }[] = [
    ...systemDefinitions(),
    ...(input.template === 'documentLibrary'
      ? [
          {
            definition: {
              ...normaliseDefinition({ name: 'FileLeafRef', displayName: 'Name', text: {} }),
              readOnly: true,
            },
            system: false,
          },
        ]
      : []),
  ];
  // A column named like a built-in one is created under a suffixed internal name (Author0).
  const builtIns = definitions.map(({ definition }) => definition.name);
  for (const column of input.columns) {
    const definition = clearOfBuiltIns(
      normaliseDefinition(column),
      builtIns,
      definitions.map((d) => d.definition.name),
    );
    definitions.push({ definition, system: false });
  }
  const names = new Set<string>();
  for (const { definition } of definitions) {
    if (names.has(definition.name.toLowerCase()))
      throw new GraphError(
        409,
        'nameAlreadyExists',
        `A column named '${definition.name}' already exists in this list.`,
      );
    names.add(definition.name.toLowerCase());
  }
  return store.transaction(() => {
    if (listByTitle(store, siteGuid, input.displayName))
      throw new GraphError(
        409,
        'nameAlreadyExists',
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      );
    const now = isoNow();
    const id = newGuid();
    const driveId =
      input.template === 'documentLibrary' ? `b!${Buffer.from(id).toString('base64url')}` : null;
    const info = store
      .sql(
        `INSERT INTO lists(id, site_id, name, display_name, description, template, created, modified, drive_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        siteGuid,
        input.urlName ?? urlName(input.displayName),
        input.displayName,
        input.description ?? '',
        input.template,
        now,
        now,
        driveId,
      );
    const row = Number(info.lastInsertRowid);
    forgetSiteLists(store, siteGuid);
    store.db.exec(
      `CREATE TABLE ${itemTable({ row })} (id INTEGER PRIMARY KEY, uid TEXT NOT NULL, version INTEGER NOT NULL,
         fields TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, change_seq INTEGER NOT NULL);
       CREATE INDEX ${itemTable({ row })}_by_seq ON ${itemTable({ row })}(change_seq);`,
    );
    for (const { definition, system } of definitions) addColumnRow(store, row, definition, system);
    const list = listByRow(store, row);
    if (!list) throw new Error('list vanished');
    return list;
  });
}

/** SharePoint's URL name: the title without characters a URL cannot hold. */
const urlName = (title: string) => title.replace(/[^A-Za-z0-9_-]/g, '') || 'List';

export function listByRow(store: Store, row: number): ListRecord | undefined {
  const found = store.sql('SELECT * FROM lists WHERE row = ?').get(row) as ListRow | undefined;
  return found && toRecord(found);
}

export function listByTitle(store: Store, siteGuid: string, title: string): ListRecord | undefined {
  const found = store
    .sql('SELECT * FROM lists WHERE site_id = ? AND display_name = ? COLLATE NOCASE')
    .get(siteGuid, title) as ListRow | undefined;
  return found && toRecord(found);
}

/** SQLite's NOCASE: only ASCII letters fold. */
const nocase = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

interface SiteLists {
  readonly byId: ReadonlyMap<string, ListRecord>;
  readonly byTitle: ReadonlyMap<string, ListRecord>;
}

const siteListsKey = (siteGuid: string) => `lists:${siteGuid}`;

/** After a list of the site is created, renamed or deleted. */
function forgetSiteLists(store: Store, siteGuid: string): void {
  store.forgetDerived(siteListsKey(siteGuid));
}

/**
 * Graph takes a list's guid or its display name in `/lists/{list-id}`. Every request names
 * its list, so a site's lists are read once and kept until one is created, changed or deleted.
 */
export function listByIdOrTitle(
  store: Store,
  siteGuid: string,
  idOrTitle: string,
): ListRecord | undefined {
  const lists = store.derive(siteListsKey(siteGuid), (): SiteLists => {
    const all = listsOfSite(store, siteGuid);
    return {
      byId: new Map(all.map((list) => [nocase(list.id), list])),
      byTitle: new Map(all.map((list) => [nocase(list.displayName), list])),
    };
  });
  const key = nocase(idOrTitle);
  return lists.byId.get(key) ?? lists.byTitle.get(key);
}

export function listByDrive(store: Store, driveId: string): ListRecord | undefined {
  const found = store.sql('SELECT * FROM lists WHERE drive_id = ?').get(driveId) as
    ListRow | undefined;
  return found && toRecord(found);
}

export function listsOfSite(store: Store, siteGuid: string): ListRecord[] {
  return (
    store.sql('SELECT * FROM lists WHERE site_id = ? ORDER BY row').all(siteGuid) as ListRow[]
  ).map(toRecord);
}

export function updateListInfo(
  store: Store,
  list: ListRecord,
  patch: Record<string, unknown>,
): ListRecord {
  const displayName = typeof patch.displayName === 'string' ? patch.displayName : list.displayName;
  const description = typeof patch.description === 'string' ? patch.description : list.description;
  if (displayName === '') throw badRequest("'displayName' cannot be empty.");
  const clash = listByTitle(store, list.siteId, displayName);
  if (clash && clash.row !== list.row)
    throw new GraphError(
      409,
      'nameAlreadyExists',
      'A list with the specified title already exists in this Web site.',
    );
  store
    .sql('UPDATE lists SET display_name = ?, description = ?, modified = ? WHERE row = ?')
    .run(displayName, description, isoNow(), list.row);
  forgetSiteLists(store, list.siteId);
  return listByRow(store, list.row) ?? list;
}

export function deleteList(store: Store, list: ListRecord): void {
  store.transaction(() => {
    store.sql('DELETE FROM columns WHERE list_row = ?').run(list.row);
    store.sql('DELETE FROM tombstones WHERE list_row = ?').run(list.row);
    forgetVersions(store, list);
    if (list.driveId) store.sql('DELETE FROM drive_items WHERE drive_id = ?').run(list.driveId);
    store.sql('DELETE FROM lists WHERE row = ?').run(list.row);
    store.db.exec(`DROP TABLE IF EXISTS ${itemTable(list)}`);
    forgetColumns(store, list.row);
    forgetSiteLists(store, list.siteId);
  });
  store.forgetStatements();
}

export { columnsOf };
