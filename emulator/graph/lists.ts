import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json, noContent, queryOption } from './types';
import { badRequest, notFound } from './errors';
import { linkWith, methodNotAllowed, readJsonObject } from './request';
import { fieldsExpansion, queryItems } from './itemQuery';
import { columnResource, itemRenderer, listResource } from './resources';
import { matchesFilter, parseFilter } from '../odata/filter';
import { applySelect, parseExpand, parseSelect, type Expansion } from '../odata/options';
import {
  columnsOf,
  createList,
  deleteList,
  listByIdOrTitle,
  listsOfSite,
  updateListInfo,
  type ListRecord,
  type ListTemplate,
} from '../store/lists';
import type { SiteRecord } from '../store/sites';
import { mayView } from '../security/permissions';

const TEMPLATES: readonly ListTemplate[] = ['genericList', 'documentLibrary'];

export function requireList(ctx: GraphContext, site: SiteRecord, idOrTitle: string): ListRecord {
  const list = listByIdOrTitle(ctx.store, site.siteGuid, idOrTitle);
  if (!list) throw notFound(`List '${idOrTitle}' does not exist at site with URL '${site.path}'.`);
  return list;
}

function renderList(ctx: GraphContext, req: GraphRequest, site: SiteRecord, list: ListRecord) {
  const resource: Record<string, unknown> = listResource(site, list);
  for (const expansion of parseExpand(queryOption(req.query, 'expand'))) {
    if (expansion.name === 'columns')
      resource.columns = columnsOf(ctx.store, list.row).map(columnResource);
    else if (expansion.name === 'items')
      Object.assign(resource, expandedItems(ctx, req, site, list, expansion));
    else if (expansion.name === 'drive' && list.driveId)
      resource.drive = { id: list.driveId, driveType: 'documentLibrary', name: list.displayName };
    else
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${expansion.name}' on type 'microsoft.graph.list'.`,
        'BadRequest',
      );
  }
  return applySelect(resource, parseSelect(queryOption(req.query, 'select')));
}

/**
 * `$expand=items(expand=fields)` on a list (learn.microsoft.com/graph/api/list-get, "get a
 * list with its columns and items"): the first page of items, run with the nested options
 * as an items query (same indexing and threshold rules), and `items@odata.nextLink` for more.
 */
function expandedItems(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  expansion: Expansion,
): Record<string, unknown> {
  const query = new URLSearchParams(
    Object.entries(expansion.options).map(([name, value]) => [`$${name}`, value]),
  );
  const itemsRequest: GraphRequest = {
    ...req,
    method: 'GET',
    path: `/sites/${site.id}/lists/${list.id}/items`,
    query,
  };
  const columns = columnsOf(ctx.store, list.row);
  const fields = fieldsExpansion(itemsRequest);
  const page = queryItems(ctx, itemsRequest, list, columns);
  const render = itemRenderer(site, list, columns, {
    fields,
    select: parseSelect(queryOption(query, 'select')),
  });
  return {
    items: page.items.map(render),
    ...(page.next
      ? { 'items@odata.nextLink': linkWith(itemsRequest, { $skiptoken: page.next }) }
      : {}),
  };
}

/** GET and POST /sites/{site}/lists */
export function handleLists(ctx: GraphContext, req: GraphRequest, site: SiteRecord): GraphResponse {
  if (req.method === 'GET') {
    const filterText = queryOption(req.query, 'filter');
    const filter = filterText ? parseFilter(filterText) : undefined;
    // SharePoint leaves out the lists the person may not see.
    const lists = listsOfSite(ctx.store, site.siteGuid).filter((list) => {
      if (!mayView(ctx.store, site, req.principal, list)) return false;
      if (!filter) return true;
      const resource = listResource(site, list) as Record<string, unknown>;
      return matchesFilter(filter, (property) => {
        if (property === 'list/template') return list.template;
        if (!(property in resource))
          throw badRequest(
            `Could not find a property named '${property}' on type 'microsoft.graph.list'.`,
            'BadRequest',
          );
        return resource[property];
      });
    });
    return json(200, {
      '@odata.context': `${req.baseUrl}/$metadata#sites('${site.id}')/lists`,
      value: lists.map((list) => renderList(ctx, req, site, list)),
    });
  }
  if (req.method !== 'POST') throw methodNotAllowed(req.method);
  const body = readJsonObject(req);
  if (typeof body.displayName !== 'string' || body.displayName.trim() === '')
    throw badRequest("The list's 'displayName' is required.");
  const template = ((body.list as Record<string, unknown> | undefined)?.template ??
    'genericList') as ListTemplate;
  if (!TEMPLATES.includes(template))
    throw badRequest(
      `List template '${String(template)}' is not supported by the emulator: use ${TEMPLATES.join(' or ')}.`,
    );
  if (body.columns !== undefined && !Array.isArray(body.columns))
    throw badRequest("'columns' must be an array.");
  const list = createList(ctx.store, site.siteGuid, {
    displayName: body.displayName,
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    template,
    columns: (body.columns as unknown[] | undefined) ?? [],
  });
  return json(201, {
    '@odata.context': `${req.baseUrl}/$metadata#sites('${site.id}')/lists/$entity`,
    ...listResource(site, list),
  });
}

/** GET, PATCH, DELETE /sites/{site}/lists/{list} */
export function handleList(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
): GraphResponse {
  switch (req.method) {
    case 'GET':
      return json(200, {
        '@odata.context': `${req.baseUrl}/$metadata#sites('${site.id}')/lists/$entity`,
        ...renderList(ctx, req, site, list),
      });
    case 'PATCH':
      return json(200, listResource(site, updateListInfo(ctx.store, list, readJsonObject(req))));
    case 'DELETE':
      deleteList(ctx.store, list);
      return noContent();
    default:
      throw methodNotAllowed(req.method);
  }
}
