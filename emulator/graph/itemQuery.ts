import type { GraphContext, GraphRequest } from './types';
import { queryOption } from './types';
import { badRequest } from './errors';
import { prefersNonIndexedQueries } from './request';
import { filterProperties, parseFilter } from '../odata/filter';
import { filterToSql, orderToSql, resolveColumn, type SqlFragment } from '../odata/itemSql';
import {
  decodeToken,
  encodeToken,
  parseExpand,
  parseOrderBy,
  parseTop,
  type OrderTerm,
} from '../odata/options';
import type { Column } from '../store/columnModel';
import { indexName } from '../store/columns';
import { itemCount, toItem, type ItemRecord, type ItemRow } from '../store/items';
import { itemTable, type ListRecord } from '../store/lists';

/** Graph's page size for list items when `$top` is absent, and the most it returns at once. */
export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;

/**
 * Graph's rule for large lists: past the threshold, a filter or orderby on a column that
 * is not indexed fails unless the caller accepts the risk with
 * `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`.
 */
export function assertIndexedQuery(
  ctx: GraphContext,
  req: GraphRequest,
  list: ListRecord,
  columns: readonly Column[],
  properties: readonly string[],
): void {
  if (properties.length === 0 || prefersNonIndexedQueries(req)) return;
  if (itemCount(ctx.store, list) <= ctx.largeListThreshold) return;
  for (const property of properties) {
    const column = resolveColumn(columns, property);
    if (!column.indexed)
      throw badRequest(
        `Field '${column.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
  }
}

/** Which fields a request asks for: undefined when it does not expand fields. */
export function fieldsExpansion(
  req: GraphRequest,
): { select: readonly string[] | undefined } | undefined {
  const expansions = parseExpand(queryOption(req.query, 'expand'));
  for (const expansion of expansions)
    if (expansion.name !== 'fields' && expansion.name !== 'driveItem')
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${expansion.name}' on type 'microsoft.graph.listItem'.`,
        'BadRequest',
      );
  const fields = expansions.find((expansion) => expansion.name === 'fields');
  return fields && { select: fields.select };
}

/**
 * SQLite plans a filtered, ordered page by the filter's index and then sorts every match:
 * 20,000 matches of 100,000 items cost ~60 ms. When the filter matches many rows, walking
 * the orderby column's index and stopping after one page is far cheaper (~5 ms). Reading
 * the order index costs about wanted × total / matches rows, sorting costs matches rows,
 * so walk the index when matches ≥ √(wanted × total), counted with a capped probe.
 *   100k items, page of 200, 20k matches → cap 4,473 reached → `INDEXED BY ix_1_10`
 */
function orderIndexHint(
  ctx: GraphContext,
  list: ListRecord,
  columns: readonly Column[],
  order: readonly OrderTerm[],
  where: SqlFragment,
  wanted: number,
): string {
  const first = order[0] && resolveColumn(columns, order[0].property);
  if (!first?.indexed) return '';
  const total = itemCount(ctx.store, list);
  const cap = Math.ceil(Math.sqrt(wanted * total));
  if (cap >= total) return '';
  const probe = ctx.store
    .sql(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${itemTable(list)} WHERE ${where.sql} LIMIT ${cap})`,
    )
    .get(...where.params) as { n: number };
  if (probe.n < cap) return '';
  return first.name === 'ID' ? 'NOT INDEXED' : `INDEXED BY ${indexName(list.row, first)}`;
}

interface PageToken {
  /** Offset into an ordered result. */
  readonly o?: number;
  /** Last id of the previous page when ordered by id. */
  readonly a?: number;
}

export interface ItemPage {
  readonly items: ItemRecord[];
  /** The `$skiptoken` of the next page, if there is one. */
  readonly next: string | undefined;
}

/**
 * Runs `$filter`, `$orderby`, `$top` and `$skiptoken` over a list's items table.
 *   queryItems(ctx, req with $filter=fields/Status eq 'open'&$top=2, list, columns) → { items: [#1, #4], next: 'eyJhIjo0fQ' }
 */
export function queryItems(
  ctx: GraphContext,
  req: GraphRequest,
  list: ListRecord,
  columns: readonly Column[],
): ItemPage {
  const filterText = queryOption(req.query, 'filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  const order: OrderTerm[] = parseOrderBy(queryOption(req.query, 'orderby'));
  assertIndexedQuery(ctx, req, list, columns, [
    ...(filter ? filterProperties(filter) : []),
    ...order.map((term) => term.property),
  ]);
  const where: SqlFragment = filter ? filterToSql(filter, columns) : { sql: '1', params: [] };
  const top = parseTop(queryOption(req.query, 'top'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const skipText = queryOption(req.query, 'skiptoken');
  const token = (skipText === undefined ? {} : decodeToken(skipText)) as PageToken | undefined;
  if (!token || typeof token !== 'object')
    throw badRequest(`The $skiptoken '${skipText ?? ''}' is not valid.`);
  const byIdOnly = order.length === 0;
  const offset = byIdOnly ? 0 : (token.o ?? 0);
  const hint =
    filter && !byIdOnly ? orderIndexHint(ctx, list, columns, order, where, top + offset + 1) : '';
  const params = [...where.params];
  let sql = `SELECT * FROM ${itemTable(list)} ${hint} WHERE ${where.sql}`;
  if (byIdOnly && typeof token.a === 'number') {
    sql += ' AND id > ?';
    params.push(token.a);
  }
  sql += ` ORDER BY ${byIdOnly ? 'id ASC' : orderToSql(order, columns)} LIMIT ? OFFSET ?`;
  params.push(top + 1, offset);
  const rows = ctx.store.sql(sql).all(...params) as ItemRow[];
  const items = rows.slice(0, top).map(toItem);
  const last = items[items.length - 1];
  const next =
    rows.length > top && last
      ? encodeToken(byIdOnly ? { a: last.id } : { o: offset + top })
      : undefined;
  return { items, next };
}
