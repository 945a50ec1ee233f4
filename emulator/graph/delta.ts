import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json, queryOption } from './types';
import { GraphError } from './errors';
import { linkWith, methodNotAllowed } from './request';
import { fieldsExpansion, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './itemQuery';
import { itemRenderer } from './resources';
import { authorsOf } from '../store/versions';
import { decodeToken, encodeToken, parseSelect, parseTop } from '../odata/options';
import { columnsOf } from '../store/columns';
import { toItem, type ItemRow } from '../store/items';
import { itemTable, type ListRecord } from '../store/lists';
import type { SiteRecord } from '../store/sites';

/**
 * A delta token: the list, the store's token epoch, the change number already seen (`s`),
 * and, while paging, the change number the pass stops at (`u`) and where the last page
 * ended (`a`: item id in the first full pass, `c`: change number afterwards). A delta link
 * also carries the round it was issued in (`r`), so each round's link differs from the last
 * even when nothing changed. Graph's directory delta is described as doing so and OneDrive's
 * as refreshing its token on every call; for SharePoint's list delta it is not said either
 * way, so the emulator takes the case that costs a client more: a client must not take a new
 * link for a change.
 */
interface DeltaToken {
  readonly l: number;
  readonly e: number;
  readonly s: number;
  readonly u?: number;
  readonly a?: number;
  readonly c?: number;
  readonly r?: number;
}

/** Delta links issued since the emulator started: each link's `r`. */
let rounds = 0;

/**
 * An expired or unknown token: 410 Gone, the specific kind of resync in `innerError.code`
 * (`resyncChangesApplyDifferences`: the client replaces what it holds with the server's
 * items) and a `Location` header with a fresh delta request to start again from, as
 * documented for delta at https://learn.microsoft.com/graph/api/driveitem-delta
 * ("Error responses"). The emulator keeps no client changes, so it never asks for
 * `resyncChangesUploadDifferences`.
 */
const resyncRequired = (req: GraphRequest) =>
  new GraphError(
    410,
    'resyncRequired',
    "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd. Upload any local changes that the server doesn't know about.",
    {
      Location: linkWith(req, { token: undefined, $skiptoken: undefined, $deltatoken: undefined }),
    },
    'resyncChangesApplyDifferences',
  );

function readToken(
  ctx: GraphContext,
  req: GraphRequest,
  list: ListRecord,
  text: string,
): DeltaToken {
  const token = decodeToken(text) as Partial<DeltaToken> | undefined;
  const epoch = Number(ctx.store.meta('deltaEpoch') ?? 1);
  if (
    !token ||
    typeof token !== 'object' ||
    token.l !== list.row ||
    token.e !== epoch ||
    typeof token.s !== 'number'
  )
    throw resyncRequired(req);
  return token as DeltaToken;
}

interface Change {
  id: number;
  seq: number;
  deleted: number;
}

/**
 * GET /sites/{site}/lists/{list}/items/delta
 *   no token        → every item, paged, then `@odata.deltaLink`
 *   ?token=latest   → no items, just a deltaLink for "from now on"
 *   ?token=<link's> → items changed since, and `{ id, deleted: { state: 'deleted' } }` for deleted ones
 *   expired/unknown → 410 resyncRequired
 */
export function handleDelta(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
): GraphResponse {
  if (req.method !== 'GET') throw methodNotAllowed(req.method);
  const { store } = ctx;
  const epoch = Number(store.meta('deltaEpoch') ?? 1);
  const top = parseTop(queryOption(req.query, 'top'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const fields = fieldsExpansion(req) ?? { select: undefined };
  const columns = columnsOf(store, list.row);
  const tokenText =
    req.query.get('token') ??
    queryOption(req.query, 'skiptoken') ??
    queryOption(req.query, 'deltatoken');
  const body: Record<string, unknown> = {
    '@odata.context': `${req.baseUrl}/$metadata#Collection(listItem)`,
  };
  const link = (token: DeltaToken) =>
    linkWith(req, { token: encodeToken(token), $skiptoken: undefined, $deltatoken: undefined });
  const finish = (value: unknown[], next: DeltaToken | undefined, upTo: number) => {
    body.value = value;
    if (next) body['@odata.nextLink'] = link(next);
    else body['@odata.deltaLink'] = link({ l: list.row, e: epoch, s: upTo, r: ++rounds });
    return json(200, body);
  };
  // `$select` and `expand=fields(select=…)` are honoured, as Graph does on delta: a client that
  // asks for a few columns gets a page a fraction of the size.
  const renderItem = itemRenderer(site, list, columns, {
    authors: authorsOf(ctx.store, list),
    fields,
    select: parseSelect(queryOption(req.query, 'select')),
  });
  const render = (row: ItemRow) => renderItem(toItem(row));

  if (tokenText === 'latest') return finish([], undefined, store.currentChangeSeq());

  const token = tokenText === undefined ? undefined : readToken(ctx, req, list, tokenText);
  if (token === undefined || token.a !== undefined) {
    // The first full pass: every item by id, up to the change number it started at.
    const upTo = token?.u ?? store.currentChangeSeq();
    const rows = store
      .sql(`SELECT * FROM ${itemTable(list)} WHERE id > ? ORDER BY id LIMIT ?`)
      .all(token?.a ?? 0, top + 1) as ItemRow[];
    const page = rows.slice(0, top);
    const last = page[page.length - 1];
    const next =
      rows.length > top && last ? { l: list.row, e: epoch, s: 0, u: upTo, a: last.id } : undefined;
    return finish(page.map(render), next, upTo);
  }

  const upTo = token.u ?? store.currentChangeSeq();
  const changes = store
    .sql(
      `SELECT id, change_seq AS seq, 0 AS deleted FROM ${itemTable(list)} WHERE change_seq > ? AND change_seq <= ?
       UNION ALL
       SELECT item_id AS id, change_seq AS seq, 1 AS deleted FROM tombstones WHERE list_row = ? AND change_seq > ? AND change_seq <= ?
       ORDER BY seq LIMIT ?`,
    )
    .all(token.c ?? token.s, upTo, list.row, token.c ?? token.s, upTo, top + 1) as Change[];
  const page = changes.slice(0, top);
  const value = page.map((change) => {
    if (change.deleted) return { id: String(change.id), deleted: { state: 'deleted' } };
    const row = store
      .sql(`SELECT * FROM ${itemTable(list)} WHERE id = ?`)
      .get(change.id) as ItemRow;
    return render(row);
  });
  const last = page[page.length - 1];
  const next =
    changes.length > top && last
      ? { l: list.row, e: epoch, s: token.s, u: upTo, c: last.seq }
      : undefined;
  return finish(value, next, upTo);
}
