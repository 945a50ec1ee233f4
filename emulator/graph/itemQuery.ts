import type { GraphContext, GraphRequest } from './types';
import { queryOption } from './types';
import { GraphError, badRequest } from './errors';
import { prefersNonIndexedQueries } from './request';
import { filterProperties, parseFilter, type FilterNode } from '../odata/filter';
import { filterToSql, orderTerms, resolveColumn, type SqlFragment } from '../odata/itemSql';
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
 * SharePoint's list view threshold, as a Graph error: the query would have to read more
 * items than the threshold. SharePoint answers 500 with its own exception code, as reported
 * in https://github.com/OneDrive/onedrive-api-docs/issues/1510.
 */
export const throttledQuery = () =>
  new GraphError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
  );

/**
 * SharePoint's rules for querying list items:
 * - a filter or orderby on a column that is not indexed is refused at any list size unless
 *   the caller accepts the risk with `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`
 *   (observed on a list "with few items":
 *   https://github.com/microsoftgraph/microsoft-graph-docs/issues/2279);
 * - on a list holding more items than the threshold, such an accepted query fails (it must
 *   read the whole list), and so does a filter on indexed columns that matches more items
 *   than the threshold (https://pnp.github.io/blog/post/listview-threashold-apis/).
 */
export function assertQueryAllowed(
  ctx: GraphContext,
  req: GraphRequest,
  list: ListRecord,
  columns: readonly Column[],
  properties: readonly string[],
  filter: FilterNode | undefined,
  where: SqlFragment | undefined,
): void {
  const notIndexed = properties
    .map((property) => resolveColumn(columns, property))
    .find((column) => !column.indexed);
  if (notIndexed && !prefersNonIndexedQueries(req))
    throw badRequest(
      `Field '${notIndexed.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  const threshold = ctx.largeListThreshold;
  if (properties.length === 0 || itemCount(ctx.store, list) <= threshold) return;
  if (notIndexed) throw throttledQuery();
  if (!where || !filter) return;
  const checked = thresholdClause(filter, columns);
  const probeWhere = checked === filter ? where : filterToSql(checked, columns);
  const probe = ctx.store
    .sql(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${itemTable(list)} WHERE ${probeWhere.sql} LIMIT ${threshold + 1})`,
    )
    .get(...probeWhere.params) as { n: number };
  if (probe.n > threshold) throw throttledQuery();
}

/**
 * The part of a filter SharePoint holds against the list view threshold. It reads the list
 * through the index of the first indexed column the filter names, so in `A and B and C` the
 * clauses on that first indexed column must by themselves match no more than the threshold,
 * however few items the whole filter matches ("the first clause of the filter must be on an
 * indexed column and return fewer items than the threshold": support.microsoft.com, "Manage
 * large lists and libraries"; codeproject.com, "Overcoming the List View Threshold in
 * SharePoint CAML queries"). Every clause on that column counts (a date range is one index
 * seek). Anything but a chain of `and`s is checked whole.
 *   Status eq 'open' and Received ge 2025-04-01 → Status eq 'open' (Status indexed)
 *   Received ge 2025-04-01 and Received lt 2025-07-01 and Area eq 'x' → the two Received clauses
 */
export function thresholdClause(filter: FilterNode, columns: readonly Column[]): FilterNode {
  if (filter.kind !== 'and') return filter;
  const conjuncts: FilterNode[] = [];
  const flatten = (node: FilterNode) => {
    if (node.kind === 'and') {
      flatten(node.left);
      flatten(node.right);
    } else conjuncts.push(node);
  };
  flatten(filter);
  const columnOf = (node: FilterNode) =>
    node.kind === 'compare' || node.kind === 'startswith'
      ? resolveColumn(columns, node.property)
      : undefined;
  const first = conjuncts.map(columnOf).find((column) => column?.indexed);
  if (!first) return filter;
  return conjuncts
    .filter((node) => columnOf(node) === first)
    .reduce((left, right) => ({ kind: 'and', left, right }));
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

/**
 * Where the previous page ended: the last item's id (`a`), and for an ordered query its
 * values of the orderby columns (`k`). The next page starts strictly after that row in the
 * query's order, so an item saved by a colleague meanwhile moves, but never repeats an item
 * or skips one that stayed put (an offset would).
 */
interface PageToken {
  readonly a?: number;
  readonly k?: unknown[];
}

/**
 * SQL for "the row comes after `last` in this order": the orderby terms, then the id.
 * SQLite puts NULLs first when ascending and last when descending.
 */
function afterRow(
  terms: readonly { expr: string; descending: boolean }[],
  last: readonly unknown[],
): SqlFragment {
  const alternatives: string[] = [];
  const params: unknown[] = [];
  const equalSoFar: string[] = [];
  const equalParams: unknown[] = [];
  terms.forEach(({ expr, descending }, index) => {
    const value = last[index] ?? null;
    const beyond =
      value === null
        ? descending
          ? undefined
          : `${expr} IS NOT NULL`
        : descending
          ? `(${expr} < ? OR ${expr} IS NULL)`
          : `${expr} > ?`;
    if (beyond !== undefined) {
      alternatives.push(`(${[...equalSoFar, beyond].join(' AND ')})`);
      params.push(...equalParams, ...(value === null ? [] : [value]));
    }
    equalSoFar.push(value === null ? `${expr} IS NULL` : `${expr} = ?`);
    if (value !== null) equalParams.push(value);
  });
  return { sql: alternatives.length ? `(${alternatives.join(' OR ')})` : '0', params };
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
  const where: SqlFragment | undefined = filter ? filterToSql(filter, columns) : undefined;
  assertQueryAllowed(
    ctx,
    req,
    list,
    columns,
    [...(filter ? filterProperties(filter) : []), ...order.map((term) => term.property)],
    filter,
    where,
  );
  const top = parseTop(queryOption(req.query, 'top'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const skipText = queryOption(req.query, 'skiptoken');
  const token = (skipText === undefined ? {} : decodeToken(skipText)) as PageToken | undefined;
  if (!token || typeof token !== 'object')
    throw badRequest(`The $skiptoken '${skipText ?? ''}' is not valid.`);
  const terms = orderTerms(order, columns);
  const conditions: SqlFragment[] = where ? [where] : [];
  if (typeof token.a === 'number') {
    const last = terms.length > 1 ? [...(token.k ?? []), token.a] : [token.a];
    if (last.length !== terms.length)
      throw badRequest(`The $skiptoken '${skipText ?? ''}' is not valid.`);
    conditions.push(afterRow(terms, last));
  }
  const hint =
    where && order.length > 0 ? orderIndexHint(ctx, list, columns, order, where, top + 1) : '';
  const keys = terms
    .slice(0, -1)
    .map((term, index) => `, ${term.expr} AS _k${index}`)
    .join('');
  const params = conditions.flatMap((condition) => condition.params);
  const sql = `SELECT *${keys} FROM ${itemTable(list)} ${hint} WHERE ${
    conditions.map((condition) => condition.sql).join(' AND ') || '1'
  } ORDER BY ${terms.map((term) => `${term.expr} ${term.descending ? 'DESC' : 'ASC'}`).join(', ')} LIMIT ?`;
  const rows = ctx.store.sql(sql).all(...params, top + 1) as (ItemRow & Record<string, unknown>)[];
  const items = rows.slice(0, top).map(toItem);
  const lastRow = rows[top - 1];
  const next =
    rows.length > top && lastRow
      ? encodeToken(
          terms.length > 1
            ? { a: lastRow.id, k: terms.slice(0, -1).map((_, index) => lastRow[`_k${index}`]) }
            : { a: lastRow.id },
        )
      : undefined;
  return { items, next };
}
