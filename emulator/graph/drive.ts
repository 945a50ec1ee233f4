import { createHash } from 'node:crypto';
import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json, noContent, queryOption } from './types';
import { badRequest, notFound, unknownSegment } from './errors';
import { methodNotAllowed } from './request';
import { handleItem, handleItemFields } from './items';
import { listWebUrl } from './resources';
import {
  childrenOf,
  contentOf,
  deleteDriveItem,
  itemAtPath,
  parentPath,
  requireDriveItem,
  rootOf,
  uploadFile,
  type ConflictBehavior,
  type DriveItemRecord,
} from '../store/drive';
import type { ListRecord } from '../store/lists';
import type { SiteRecord } from '../store/sites';
import { createUploadSession, handleUploadUrl } from './uploadSessions';

export function driveResource(site: SiteRecord, library: ListRecord) {
  return {
    createdDateTime: library.created,
    description: library.description,
    id: library.driveId,
    lastModifiedDateTime: library.modified,
    name: library.displayName,
    webUrl: listWebUrl(site, library),
    driveType: 'documentLibrary',
    createdBy: { user: { displayName: 'System Account' } },
    owner: { user: { displayName: 'System Account' } },
    quota: {
      deleted: 0,
      remaining: 27487790694400,
      state: 'normal',
      total: 27487790694400,
      used: 0,
    },
  };
}

const origin = (req: GraphRequest) => req.baseUrl.replace(/\/v1\.0$/, '');

function driveItemResource(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  library: ListRecord,
  item: DriveItemRecord,
) {
  const etag = `"{${item.id}},${item.version}"`;
  const isRoot = item.parentId === '';
  const resource: Record<string, unknown> = {
    '@odata.context': `${req.baseUrl}/$metadata#drives('${item.driveId}')/items/$entity`,
    createdDateTime: item.created,
    eTag: etag,
    id: item.id,
    lastModifiedDateTime: item.modified,
    name: item.name,
    webUrl: `${listWebUrl(site, library)}${isRoot ? '' : `/${encodeURI(item.name)}`}`,
    cTag: `"c:{${item.id}},${item.version}"`,
    size: item.size,
    createdBy: { user: { displayName: 'Emulator User' } },
    lastModifiedBy: { user: { displayName: 'Emulator User' } },
    parentReference: isRoot
      ? { driveType: 'documentLibrary', driveId: item.driveId }
      : {
          driveType: 'documentLibrary',
          driveId: item.driveId,
          id: item.parentId,
          path: parentPath(ctx.store, item),
          siteId: site.id,
        },
    fileSystemInfo: { createdDateTime: item.created, lastModifiedDateTime: item.modified },
  };
  if (isRoot) resource.root = {};
  if (item.isFolder) resource.folder = { childCount: childrenOf(ctx.store, item).length };
  else {
    const content = contentOf(ctx.store, item.id);
    resource['@microsoft.graph.downloadUrl'] = `${origin(req)}/_emulator/download/${item.id}`;
    resource.file = {
      mimeType: item.mimeType,
      hashes: {
        sha256Hash: createHash('sha256')
          .update(content?.content ?? Buffer.alloc(0))
          .digest('hex')
          .toUpperCase(),
      },
    };
  }
  return resource;
}

const CONFLICT: readonly ConflictBehavior[] = ['replace', 'fail', 'rename'];

function actOnItem(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  library: ListRecord,
  item: DriveItemRecord,
  action: string,
): GraphResponse {
  const render = (target: DriveItemRecord) => driveItemResource(ctx, req, site, library, target);
  switch (action) {
    case '':
      if (req.method === 'GET') return json(200, render(item));
      if (req.method === 'DELETE') {
        deleteDriveItem(ctx.store, library, item);
        return noContent();
      }
      throw methodNotAllowed(req.method);
    case '/children':
      if (req.method !== 'GET') throw methodNotAllowed(req.method);
      if (!item.isFolder) throw badRequest(`'${item.name}' is a file and has no children.`);
      return json(200, { value: childrenOf(ctx.store, item).map(render) });
    case '/content':
      if (req.method !== 'GET') throw methodNotAllowed(req.method);
      if (item.isFolder) throw badRequest(`'${item.name}' is a folder and has no content.`);
      // Graph answers with a redirect to a pre-authenticated download URL.
      return { status: 302, headers: { Location: `${origin(req)}/_emulator/download/${item.id}` } };
    case '/listItem':
    case '/listItem/fields':
      if (item.listItemId === null) throw notFound('This item has no list item.');
      return action === '/listItem'
        ? handleItem(ctx, req, site, library, String(item.listItemId))
        : handleItemFields(ctx, req, site, library, String(item.listItemId));
    default:
      throw unknownSegment(action.split('/')[1] ?? action);
  }
}

/**
 * Everything after `/lists/{library}/drive` or `/drives/{drive-id}`:
 *   PUT  root:/2025/FD-1/email.eml:/content → 201 driveItem (folders created on the way)
 *   POST root:/2025/FD-1/email.eml:/createUploadSession → 200 uploadSession (`uploadSessions.ts`)
 *   GET  root:/2025/FD-1/email.eml:/content → 302 to the download URL
 *   GET  root, root/children, root:/path, items/{id}, items/{id}/content, items/{id}/listItem
 */
export function handleDrive(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  library: ListRecord,
  rest: string,
): GraphResponse {
  const driveId = library.driveId;
  if (!driveId)
    throw notFound(`List '${library.displayName}' is not a document library, so it has no drive.`);
  if (rest === '' || rest === '/') {
    if (req.method !== 'GET') throw methodNotAllowed(req.method);
    return json(200, {
      '@odata.context': `${req.baseUrl}/$metadata#drives/$entity`,
      ...driveResource(site, library),
    });
  }
  const byPath = /^\/root:(\/[^:]*):?(\/.*)?$/.exec(rest);
  if (byPath) {
    const path = decodeURIComponent(byPath[1] ?? '');
    const action = byPath[2] ?? '';
    if (action === '/createUploadSession')
      return createUploadSession(ctx, req, site, library, path);
    if (action === '/content' && req.method === 'PUT') {
      const conflict = (queryOption(req.query, '@microsoft.graph.conflictBehavior') ??
        req.query.get('@microsoft.graph.conflictBehavior') ??
        'replace') as ConflictBehavior;
      if (!CONFLICT.includes(conflict))
        throw badRequest(`Unknown conflict behavior '${conflict}'.`);
      const { item, created } = uploadFile(ctx.store, library, path, req.body, conflict);
      return json(created ? 201 : 200, driveItemResource(ctx, req, site, library, item));
    }
    const item = itemAtPath(ctx.store, driveId, path);
    if (!item) throw notFound('The resource could not be found.');
    return actOnItem(ctx, req, site, library, item, action);
  }
  const root = /^\/root(\/.*)?$/.exec(rest);
  if (root) return actOnItem(ctx, req, site, library, rootOf(ctx.store, driveId), root[1] ?? '');
  const byId = /^\/items\/([^/]+)(\/.*)?$/.exec(rest);
  if (byId) {
    const item = requireDriveItem(ctx.store, driveId, decodeURIComponent(byId[1] ?? ''));
    if (req.method === 'PUT' && byId[2] === '/content') {
      if (item.isFolder) throw badRequest(`'${item.name}' is a folder.`);
      const path = parentPath(ctx.store, item).replace(/^\/drives\/[^/]+\/root:/, '');
      const { item: updated } = uploadFile(
        ctx.store,
        library,
        `${path}/${item.name}`,
        req.body,
        'replace',
      );
      return json(200, driveItemResource(ctx, req, site, library, updated));
    }
    return actOnItem(ctx, req, site, library, item, byId[2] ?? '');
  }
  throw unknownSegment(rest.split('/')[1] ?? rest);
}

/** A request to an upload session's URL; the finished file is answered as a driveItem. */
export function handleUploadRequest(
  ctx: GraphContext,
  req: GraphRequest,
  sessionId: string,
): GraphResponse {
  return handleUploadUrl(ctx, req, sessionId, (site, library, item) =>
    driveItemResource(ctx, req, site, library, item),
  );
}
