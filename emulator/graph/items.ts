import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json, noContent } from './types';
import { badRequest } from './errors';
import { linkWith, methodNotAllowed, readJsonObject } from './request';
import { fieldsExpansion, queryItems } from './itemQuery';
import { fieldsResource, itemRenderer, itemResource } from './resources';
import { authorsOf } from '../store/versions';
import { ADMIN, identitySetOf } from '../security/principal';
import type { GraphRequest as Request } from './types';

/** Whom a write is stamped with: the request's person, or the emulator's user. */
const stampOf = (req: Request) => identitySetOf(req.principal ?? ADMIN);
import { applySelect, parseSelect } from '../odata/options';
import { queryOption } from './types';
import { columnsOf } from '../store/columns';
import { createItem, deleteItem, etagOf, requireItem, updateItem } from '../store/items';
import type { ListRecord } from '../store/lists';
import type { SiteRecord } from '../store/sites';

const itemsContext = (req: GraphRequest, site: SiteRecord, list: ListRecord) =>
  `${req.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items`;

/** GET (query) and POST (create) /sites/{site}/lists/{list}/items */
export function handleItems(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
): GraphResponse {
  const columns = columnsOf(ctx.store, list.row);
  if (req.method === 'GET') {
    const fields = fieldsExpansion(req);
    const select = parseSelect(queryOption(req.query, 'select'));
    const page = queryItems(ctx, req, list, columns);
    const render = itemRenderer(site, list, columns, {
      fields,
      select,
      authors: authorsOf(ctx.store, list),
    });
    const body: Record<string, unknown> = {
      '@odata.context': `${itemsContext(req, site, list)}${fields ? '(fields())' : ''}`,
      value: page.items.map(render),
    };
    if (page.next) body['@odata.nextLink'] = linkWith(req, { $skiptoken: page.next });
    return json(200, body);
  }
  if (req.method !== 'POST') throw methodNotAllowed(req.method);
  const body = readJsonObject(req);
  const item = createItem(ctx.store, list, columns, body.fields, stampOf(req));
  return json(
    201,
    {
      '@odata.context': `${itemsContext(req, site, list)}/$entity`,
      ...itemResource(site, list, columns, item, {
        fields: { select: undefined },
        authors: authorsOf(ctx.store, list),
      }),
    },
    { ETag: etagOf(item) },
  );
}

/** GET, PATCH, DELETE /sites/{site}/lists/{list}/items/{id} */
export function handleItem(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  id: string,
): GraphResponse {
  const columns = columnsOf(ctx.store, list.row);
  switch (req.method) {
    case 'GET': {
      const item = requireItem(ctx.store, list, id);
      const resource = itemResource(site, list, columns, item, {
        fields: fieldsExpansion(req),
        authors: authorsOf(ctx.store, list),
      });
      const select = parseSelect(queryOption(req.query, 'select'));
      return json(
        200,
        {
          '@odata.context': `${itemsContext(req, site, list)}/$entity`,
          ...applySelect(resource, select && [...select, 'fields']),
        },
        { ETag: etagOf(item) },
      );
    }
    case 'PATCH': {
      const body = readJsonObject(req);
      if (body.fields === undefined)
        throw badRequest("Send the changes as 'fields', or PATCH .../items/{id}/fields.");
      const item = updateItem(
        ctx.store,
        list,
        columns,
        id,
        body.fields,
        req.headers['if-match'],
        stampOf(req),
      );
      return json(
        200,
        itemResource(site, list, columns, item, {
          fields: { select: undefined },
          authors: authorsOf(ctx.store, list),
        }),
        {
          ETag: etagOf(item),
        },
      );
    }
    case 'DELETE':
      deleteItem(ctx.store, list, id, req.headers['if-match']);
      return noContent();
    default:
      throw methodNotAllowed(req.method);
  }
}

/** GET and PATCH /sites/{site}/lists/{list}/items/{id}/fields */
export function handleItemFields(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  id: string,
): GraphResponse {
  const columns = columnsOf(ctx.store, list.row);
  const context = `${itemsContext(req, site, list)}('${id}')/fields/$entity`;
  if (req.method === 'GET') {
    const item = requireItem(ctx.store, list, id);
    const select = parseSelect(queryOption(req.query, 'select'));
    return json(
      200,
      { '@odata.context': context, ...fieldsResource(columns, item, select) },
      { ETag: etagOf(item) },
    );
  }
  if (req.method !== 'PATCH') throw methodNotAllowed(req.method);
  const item = updateItem(
    ctx.store,
    list,
    columns,
    id,
    readJsonObject(req),
    req.headers['if-match'],
    stampOf(req),
  );
  return json(
    200,
    { '@odata.context': context, ...fieldsResource(columns, item) },
    { ETag: etagOf(item) },
  );
}
