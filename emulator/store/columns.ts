import type { Store } from './store';
import { newGuid } from './ids';
import {
  clearOfBuiltIns,
  describeColumn,
  normaliseDefinition,
  systemDefinitions,
  patchDefinition,
  type Column,
  type ColumnDefinition,
} from './columnModel';
import { GraphError, badRequest } from '../graph/errors';

interface ColumnRow {
  row: number;
  id: string;
  system: number;
  definition: string;
}

const toColumn = (row: ColumnRow): Column =>
  describeColumn(row.row, row.id, row.system === 1, JSON.parse(row.definition) as ColumnDefinition);

const columnsKey = (listRow: number) => `columns:${listRow}`;

/**
 * A list's columns in creation order, read once and kept until a column of the list is
 * created, changed or deleted (every item request needs them). Shared: do not mutate.
 */
export function columnsOf(store: Store, listRow: number): readonly Column[] {
  return store.derive(columnsKey(listRow), () =>
    Object.freeze(
      (
        store
          .sql('SELECT row, id, system, definition FROM columns WHERE list_row = ? ORDER BY row')
          .all(listRow) as ColumnRow[]
      ).map(toColumn),
    ),
  );
}

/** After any change to a list's columns (or the list's deletion). */
export function forgetColumns(store: Store, listRow: number): void {
  store.forgetDerived(columnsKey(listRow));
}

/** The SQLite index behind an indexed column. */
export const indexName = (listRow: number, column: Pick<Column, 'row'>) =>
  `ix_${listRow}_${column.row}`;

/** Creates or drops the SQLite expression index behind a column's `indexed` flag. */
function syncIndex(store: Store, listRow: number, column: Column): void {
  if (column.name === 'ID' || column.sqlExpr === 'NULL') return;
  if (column.indexed)
    store.db.exec(
      `CREATE INDEX IF NOT EXISTS ${indexName(listRow, column)} ON items_${listRow}(${column.sqlExpr})`,
    );
  else store.db.exec(`DROP INDEX IF EXISTS ${indexName(listRow, column)}`);
}

/**
 * Brings every index up to its column's current expression (text columns gained
 * `COLLATE NOCASE`): a data directory written by an older emulator keeps working.
 */
export function refreshIndexes(store: Store): void {
  const lists = store.sql('SELECT row FROM lists').all() as { row: number }[];
  for (const { row } of lists)
    for (const column of columnsOf(store, row)) {
      if (!column.indexed || column.name === 'ID' || column.sqlExpr === 'NULL') continue;
      const found = store
        .sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")
        .get(indexName(row, column)) as { sql: string } | undefined;
      if (found?.sql.includes(column.sqlExpr)) continue;
      store.db.exec(`DROP INDEX IF EXISTS ${indexName(row, column)}`);
      syncIndex(store, row, column);
    }
}

export function addColumnRow(
  store: Store,
  listRow: number,
  definition: ColumnDefinition,
  system: boolean,
): Column {
  const info = store
    .sql('INSERT INTO columns(list_row, id, name, system, definition) VALUES (?, ?, ?, ?, ?)')
    .run(listRow, newGuid(), definition.name, system ? 1 : 0, JSON.stringify(definition));
  forgetColumns(store, listRow);
  const row = store
    .sql('SELECT row, id, system, definition FROM columns WHERE row = ?')
    .get(info.lastInsertRowid) as ColumnRow;
  const column = toColumn(row);
  syncIndex(store, listRow, column);
  return column;
}

/** POST /lists/{id}/columns */
export function addColumn(store: Store, listRow: number, body: unknown): Column {
  const existing = columnsOf(store, listRow);
  const definition = clearOfBuiltIns(
    normaliseDefinition(body),
    [...systemDefinitions().map((d) => d.definition.name), 'FileLeafRef'],
    existing.map((c) => c.name),
  );
  return store.transaction(() => {
    if (
      columnsOf(store, listRow).some((c) => c.name.toLowerCase() === definition.name.toLowerCase())
    )
      throw new GraphError(
        409,
        'nameAlreadyExists',
        `A column named '${definition.name}' already exists in this list.`,
      );
    return addColumnRow(store, listRow, definition, false);
  });
}

/** PATCH /lists/{id}/columns/{column-id}: e.g. `{ "indexed": true }`. */
export function updateColumn(store: Store, listRow: number, column: Column, body: unknown): Column {
  if (column.system && column.name !== 'Created' && column.name !== 'Modified')
    throw new GraphError(403, 'accessDenied', `Column '${column.name}' is read-only.`);
  const definition = patchDefinition(column.definition, body);
  const next = describeColumn(column.row, column.id, column.system, definition);
  return store.transaction(() => {
    if (next.unique && !column.unique) {
      const duplicate = store
        .sql(
          `SELECT ${next.sqlExpr} AS v FROM items_${listRow} WHERE v IS NOT NULL GROUP BY v HAVING count(*) > 1 LIMIT 1`,
        )
        .get();
      if (duplicate)
        throw badRequest(
          `Column '${column.name}' has duplicate values, so unique values cannot be enforced.`,
        );
    }
    store
      .sql('UPDATE columns SET definition = ? WHERE row = ?')
      .run(JSON.stringify(definition), column.row);
    forgetColumns(store, listRow);
    syncIndex(store, listRow, next);
    return next;
  });
}

export function deleteColumn(store: Store, listRow: number, column: Column): void {
  if (column.system || column.name === 'Title')
    throw new GraphError(403, 'accessDenied', `Column '${column.name}' cannot be deleted.`);
  store.transaction(() => {
    store.db.exec(`DROP INDEX IF EXISTS ${indexName(listRow, column)}`);
    store.sql('DELETE FROM columns WHERE row = ?').run(column.row);
    // SharePoint deletes a column's values with it: a column added again later starts empty.
    store
      .sql(`UPDATE items_${listRow} SET fields = json_remove(fields, ?, ?)`)
      .run(`$."${column.name}"`, `$."${column.name}LookupId"`);
    forgetColumns(store, listRow);
  });
  store.forgetStatements();
}
