import type { GraphContext, GraphRequest, GraphResponse } from './types';
import { json, queryOption } from './types';
import { notFound } from './errors';
import { methodNotAllowed } from './request';
import { fieldsExpansion } from './itemQuery';
import { fieldsRenderer } from './resources';
import { applySelect, parseSelect } from '../odata/options';
import { columnsOf } from '../store/columns';
import { requireItem, type ItemRecord } from '../store/items';
import type { ListRecord } from '../store/lists';
import type { SiteRecord } from '../store/sites';
import { versionsOf, type ItemVersion } from '../store/versions';

/** SharePoint's label of a major version: `3` → `'3.0'`. */
const versionLabel = (version: number) => `${version}.0`;

/**
 * GET /sites/{site}/lists/{list}/items/{id}/versions (newest first) and
 * GET …/versions/{version-id} (`'2.0'`). Each version has its
 * `id`, `lastModifiedBy`, `lastModifiedDateTime` and `published`; `$expand=fields` adds the
 * item's fields as they were after that write (Graph's listItemVersion, see
 * docs/contracts.md "What the emulator models").
 */
export function handleItemVersions(
  ctx: GraphContext,
  req: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  itemId: string,
  versionId: string | undefined,
): GraphResponse {
  if (req.method !== 'GET') throw methodNotAllowed(req.method);
  const item = requireItem(ctx.store, list, itemId);
  const expansion = fieldsExpansion(req);
  const renderFields =
    expansion && fieldsRenderer(columnsOf(ctx.store, list.row), expansion.select);
  const select = parseSelect(queryOption(req.query, 'select'));
  const render = (version: ItemVersion) => {
    const resource: Record<string, unknown> = {
      id: versionLabel(version.version),
      lastModifiedDateTime: version.modified,
      lastModifiedBy: version.modifiedBy,
      published: { level: 'published', versionId: versionLabel(version.version) },
    };
    if (renderFields) {
      const asItem: ItemRecord = {
        ...item,
        version: version.version,
        fields: version.fields,
        modified: version.modified,
      };
      resource.fields = renderFields(asItem);
    }
    return applySelect(resource, select && [...select, 'fields']);
  };
  const versions = versionsOf(ctx.store, list, item);
  const context = `${req.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${item.id}')/versions`;
  if (versionId === undefined)
    return json(200, { '@odata.context': context, value: versions.map(render) });
  const wanted = decodeURIComponent(versionId).toLowerCase();
  const found = versions.find(
    (version) => versionLabel(version.version) === wanted || String(version.version) === wanted,
  );
  if (!found) throw notFound('The version of the list item could not be found.');
  return json(200, { '@odata.context': `${context}/$entity`, ...render(found) });
}
