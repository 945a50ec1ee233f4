import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json } from './types';
import { unknownSegment } from './errors';
import { handleSite, resolveSite } from './sites';
import { handleList, handleLists, requireList } from './lists';
import { handleColumn, handleColumns } from './columns';
import { handleItem, handleItemFields, handleItems } from './items';
import { siteResource } from './resources';
import { defaultLibrary, siteById, siteByPath } from '../store/sites';
import { listByDrive, listsOfSite } from '../store/lists';
import { handleDelta } from './delta';
import { handleItemVersions } from './versions';
import { driveResource, handleDrive } from './drive';
import { notFound } from './errors';
import { assertMayView, assertMayWrite, type WriteKind } from '../security/permissions';
import type { ListRecord } from '../store/lists';
import type { SiteRecord } from '../store/sites';

const segmentsOf = (rest: string) =>
  rest
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment));

/**
 * Dispatches one Graph request (a plain request or one part of a `$batch`).
 *   routeGraph(ctx, { method: 'GET', path: '/sites/root/lists/Cases/items', ... }) → 200 { value: [...] }
 */
/**
 * What a request needs on its list (SharePoint's permissions, enforced once provisioning has
 * set them up: `security/permissions.ts`). Reading a list or its items needs View Items (a
 * list only complaints managers may see is refused to everyone else); item writes need add,
 * edit or delete on the list; list and column changes need Manage Lists.
 */
function guardRequest(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord | undefined,
  kind: WriteKind,
): void {
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (list) assertMayView(ctx.store, site, req.principal, list);
    return;
  }
  assertMayWrite(ctx.store, site, req.principal, list, kind);
}

const itemWriteKind = (method: string): WriteKind =>
  method === 'DELETE' ? 'delete' : method === 'POST' ? 'add' : 'edit';

export function routeGraph(ctx: GraphContext, req: GraphRequest): GraphResponse {
  if (req.path === '/sites' && req.method === 'GET') {
    const root = siteByPath(ctx.store, '/');
    return json(200, { value: root ? [siteResource(root)] : [] });
  }
  const drive = /^\/drives\/([^/]+)(\/.*)?$/.exec(req.path);
  if (drive) {
    const library = listByDrive(ctx.store, decodeURIComponent(drive[1] ?? ''));
    const site = library && siteById(ctx.store, library.siteId);
    if (!library || !site) throw notFound('The drive could not be found.');
    guardRequest(ctx, req, site, library, req.method === 'DELETE' ? 'delete' : 'add');
    return handleDrive(ctx, req, site, library, drive[2] ?? '');
  }
  const address = resolveSite(ctx, req.path);
  if (!address) throw unknownSegment(segmentsOf(req.path)[0] ?? '');
  const { site, rest } = address;
  const segments = segmentsOf(rest);
  if (segments.length === 0) return handleSite(req, site);
  const listDrive = /^\/lists\/([^/]+)\/drive(\/.*)?$/.exec(rest);
  if (listDrive) {
    const library = requireList(ctx, site, decodeURIComponent(listDrive[1] ?? ''));
    guardRequest(ctx, req, site, library, req.method === 'DELETE' ? 'delete' : 'add');
    return handleDrive(ctx, req, site, library, listDrive[2] ?? '');
  }
  // The site's default Documents library (learn.microsoft.com/graph/api/drive-get).
  const siteDrive = /^\/drive(\/.*)?$/.exec(rest);
  if (siteDrive) {
    const library = defaultLibrary(ctx.store, site);
    if (!library) throw notFound('The drive could not be found.');
    guardRequest(ctx, req, site, library, req.method === 'DELETE' ? 'delete' : 'add');
    return handleDrive(ctx, req, site, library, siteDrive[1] ?? '');
  }
  if (segments.length === 1 && segments[0] === 'drives' && req.method === 'GET')
    return json(200, {
      value: listsOfSite(ctx.store, site.siteGuid)
        .filter((list) => list.driveId !== null)
        .map((list) => driveResource(site, list)),
    });
  const [collection, listId, child, childId, grandchild, ...more] = segments;
  if (collection !== 'lists') throw unknownSegment(collection ?? '');
  if (listId === undefined) {
    guardRequest(ctx, req, site, undefined, 'manage');
    return handleLists(ctx, req, site);
  }
  const list = requireList(ctx, site, listId);
  if (child === undefined) {
    guardRequest(ctx, req, site, list, 'manage');
    return handleList(ctx, req, site, list);
  }
  if (child === 'items' && !(childId === 'delta' || childId === 'delta()'))
    guardRequest(ctx, req, site, list, itemWriteKind(req.method));
  else if (req.method === 'GET') assertMayView(ctx.store, site, req.principal, list);
  if (child === 'columns' && grandchild === undefined) guardRequest(ctx, req, site, list, 'manage');
  if (child === 'columns' && grandchild === undefined)
    return childId === undefined
      ? handleColumns(ctx, req, site, list)
      : handleColumn(ctx, req, list, childId);
  if (child === 'items' && more.length === 0) {
    if (childId === undefined) return handleItems(ctx, req, site, list);
    if (grandchild === undefined && (childId === 'delta' || childId === 'delta()'))
      return handleDelta(ctx, req, site, list);
    if (grandchild === undefined) return handleItem(ctx, req, site, list, childId);
    if (grandchild === 'fields') return handleItemFields(ctx, req, site, list, childId);
  }
  if (child === 'items' && childId !== undefined && grandchild === 'versions' && more.length <= 1)
    return handleItemVersions(ctx, req, site, list, childId, more[0]);
  throw unknownSegment(
    segments.find((segment, index) => index > 1 && !/^\d+$/.test(segment)) ?? child,
  );
}
