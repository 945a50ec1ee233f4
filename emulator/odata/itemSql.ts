import { badRequest } from '../graph/errors';
import type { Column } from '../store/columnModel';
import { normaliseDateTime } from '../store/fieldValues';
import { sqlValue } from '../store/items';
import type { FilterNode, Literal } from './filter';
import type { OrderTerm } from './options';

/** Top-level listItem properties that stand for a field. */
const ITEM_PROPERTIES: Record<string, string> = {
  id: 'ID',
  createddatetime: 'Created',
  lastmodifieddatetime: 'Modified',
};

/**
 * Finds the column a filter or orderby path names: `fields/Status`, `fields/CaseLookupId`,
 * `fields/id`, or the item's own `id`, `createdDateTime`, `lastModifiedDateTime`.
 */
export function resolveColumn(columns: readonly Column[], property: string): Column {
  const path = property.split('/');
  const name =
    path.length === 2 && path[0]?.toLowerCase() === 'fields'
      ? (path[1] as string)
      : path.length === 1
        ? ITEM_PROPERTIES[property.toLowerCase()]
        : undefined;
  if (name === undefined)
    throw badRequest(
      `The property '${property}' cannot be used in a list item query: use fields/<column>.`,
    );
  const lower = name.toLowerCase() === 'id' ? 'id' : name.toLowerCase();
  const column =
    columns.find((c) => c.fieldKey.toLowerCase() === lower) ??
    columns.find((c) => c.name.toLowerCase() === lower);
  if (!column) throw badRequest(`Field '${name}' is not recognized`);
  if (column.sqlExpr === 'NULL')
    throw badRequest(`Field '${column.name}' cannot be used in a filter or orderby.`);
  return column;
}

/** Converts a literal to what the column stores, so comparisons are like for like. */
function coerce(column: Column, value: Literal, property: string): unknown {
  if (value === null) return null;
  const wrong = () =>
    badRequest(
      `The value ${JSON.stringify(value)} does not fit the ${column.kind} field in '${property}'.`,
    );
  switch (column.kind) {
    case 'number':
    case 'currency':
    case 'lookup':
    case 'personOrGroup': {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      if (!Number.isFinite(number)) throw wrong();
      return number;
    }
    case 'boolean':
      if (typeof value === 'boolean') return sqlValue(value);
      if (value === 1 || value === 0) return value;
      throw wrong();
    case 'dateTime': {
      const normalised = typeof value === 'string' ? normaliseDateTime(value) : undefined;
      if (normalised === undefined) throw wrong();
      return normalised;
    }
    case 'text':
    case 'choice':
      return String(value);
  }
}

export interface SqlFragment {
  readonly sql: string;
  readonly params: unknown[];
}

const SQL_OP = { eq: '=', ne: '<>', lt: '<', gt: '>', le: '<=', ge: '>=' } as const;

const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Compiles a parsed filter to a WHERE clause over an items table, using the same SQL
 * expressions as the column indexes so SQLite can use them.
 *   filterToSql(parseFilter("fields/Status eq 'open'"), columns)
 *   → { sql: `json_extract(fields, '$."Status"') = ?`, params: ['open'] }
 */
export function filterToSql(node: FilterNode, columns: readonly Column[]): SqlFragment {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const left = filterToSql(node.left, columns);
      const right = filterToSql(node.right, columns);
      return {
        sql: `(${left.sql} ${node.kind.toUpperCase()} ${right.sql})`,
        params: [...left.params, ...right.params],
      };
    }
    case 'not': {
      const inner = filterToSql(node.operand, columns);
      return { sql: `NOT COALESCE(${inner.sql}, 0)`, params: inner.params };
    }
    case 'startswith': {
      const column = resolveColumn(columns, node.property);
      if (column.multi)
        return {
          sql: `EXISTS (SELECT 1 FROM json_each(fields, '$."${column.fieldKey}"') WHERE value LIKE ? ESCAPE '\\')`,
          params: [likePrefix(node.value)],
        };
      return { sql: `${column.sqlExpr} LIKE ? ESCAPE '\\'`, params: [likePrefix(node.value)] };
    }
    case 'compare': {
      const column = resolveColumn(columns, node.property);
      const value = coerce(column, node.value, node.property);
      if (value === null) {
        if (node.op !== 'eq' && node.op !== 'ne')
          throw badRequest(`'${node.op} null' is not a valid comparison.`);
        return { sql: `${column.sqlExpr} IS ${node.op === 'eq' ? '' : 'NOT '}NULL`, params: [] };
      }
      if (column.multi) {
        // On a multi-value column, eq means "has this value" (as SharePoint does).
        const collate = column.kind === 'choice' ? ' COLLATE NOCASE' : '';
        const has = `EXISTS (SELECT 1 FROM json_each(fields, '$."${column.fieldKey}"') WHERE value${collate} = ?)`;
        if (node.op === 'eq') return { sql: has, params: [value] };
        if (node.op === 'ne') return { sql: `NOT ${has}`, params: [value] };
        throw badRequest(`Field '${column.name}' holds several values: only eq and ne apply.`);
      }
      if (node.op === 'ne')
        return { sql: `(${column.sqlExpr} IS NULL OR ${column.sqlExpr} <> ?)`, params: [value] };
      return { sql: `${column.sqlExpr} ${SQL_OP[node.op]} ?`, params: [value] };
    }
  }
}

/**
 * The ORDER BY terms of a query, with the item id as the last tie-breaker so pages never
 * overlap: `fields/Received desc` → [{ expr: json_extract(…Received), descending: true },
 * { expr: 'id', descending: true }].
 */
export function orderTerms(
  terms: readonly OrderTerm[],
  columns: readonly Column[],
): { expr: string; descending: boolean }[] {
  const parts = terms.map((term) => {
    const column = resolveColumn(columns, term.property);
    if (column.multi)
      throw badRequest(`Field '${column.name}' holds several values and cannot be sorted on.`);
    return { expr: column.sqlExpr, descending: term.descending };
  });
  if (parts[parts.length - 1]?.expr !== 'id')
    parts.push({ expr: 'id', descending: terms[terms.length - 1]?.descending ?? false });
  return parts;
}
