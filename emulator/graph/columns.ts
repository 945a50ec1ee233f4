import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json, noContent } from './types';
import { notFound } from './errors';
import { methodNotAllowed, readJson } from './request';
import { columnResource } from './resources';
import { addColumn, columnsOf, deleteColumn, updateColumn } from '../store/columns';
import type { ListRecord } from '../store/lists';
import type { SiteRecord } from '../store/sites';

/** GET and POST /sites/{site}/lists/{list}/columns */
export function handleColumns(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
): GraphResponse {
  const context = `${req.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`;
  if (req.method === 'GET')
    return json(200, {
      '@odata.context': context,
      value: columnsOf(ctx.store, list.row).map(columnResource),
    });
  if (req.method !== 'POST') throw methodNotAllowed(req.method);
  const column = addColumn(ctx.store, list.row, readJson(req));
  return json(201, { '@odata.context': `${context}/$entity`, ...columnResource(column) });
}

/** GET, PATCH, DELETE /sites/{site}/lists/{list}/columns/{column-id or name} */
export function handleColumn(
  ctx: GraphContext,
  req: GraphRequest,
  list: ListRecord,
  idOrName: string,
): GraphResponse {
  const column = columnsOf(ctx.store, list.row).find(
    (c) => c.id === idOrName.toLowerCase() || c.name.toLowerCase() === idOrName.toLowerCase(),
  );
  if (!column) throw notFound(`Column '${idOrName}' does not exist.`);
  switch (req.method) {
    case 'GET':
      return json(200, columnResource(column));
    case 'PATCH':
      return json(200, columnResource(updateColumn(ctx.store, list.row, column, readJson(req))));
    case 'DELETE':
      deleteColumn(ctx.store, list.row, column);
      return noContent();
    default:
      throw methodNotAllowed(req.method);
  }
}
