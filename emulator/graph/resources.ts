import type { Column } from '../store/columnModel';
import type { ItemRecord } from '../store/items';
import { etagOf } from '../store/items';
import type { ListRecord } from '../store/lists';
import { siteUrl, type SiteRecord } from '../store/sites';

/** The JSON shapes Graph returns for sites, lists, columns and list items. */

const EMULATOR_USER = {
  user: { displayName: 'Emulator User', email: 'emulator.user@emulator.sharepoint.local' },
};
const ITEM_CONTENT_TYPE = { id: '0x0100', name: 'Item' };

export function siteResource(site: SiteRecord) {
  return {
    createdDateTime: site.created,
    description: '',
    id: site.id,
    lastModifiedDateTime: site.created,
    name: site.name,
    webUrl: siteUrl(site),
    displayName: site.displayName,
    root: site.path === '/' ? {} : undefined,
    siteCollection: { hostname: site.id.split(',')[0] },
  };
}

export const listWebUrl = (site: SiteRecord, list: ListRecord) =>
  `${siteUrl(site)}/${list.template === 'documentLibrary' ? '' : 'Lists/'}${list.name}`;

export function listResource(site: SiteRecord, list: ListRecord) {
  return {
    '@odata.etag': `"${list.id},${list.modified}"`,
    createdDateTime: list.created,
    description: list.description,
    eTag: `"${list.id},${list.modified}"`,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: listWebUrl(site, list),
    displayName: list.displayName,
    createdBy: EMULATOR_USER,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

export function columnResource(column: Column) {
  return { id: column.id, ...column.definition };
}

/** Renders stored values as Graph does: lookup ids as strings, multi-lookups as objects. */
function renderValue(column: Column, value: unknown): unknown {
  if (
    (column.kind === 'lookup' || column.kind === 'personOrGroup') &&
    column.multi &&
    Array.isArray(value)
  )
    return value.map((id) => ({ LookupId: id, LookupValue: '' }));
  if ((column.kind === 'lookup' || column.kind === 'personOrGroup') && typeof value === 'number')
    return String(value);
  return value;
}

/**
 * The `fields` of an item: its values (null ones left out, as Graph does) and the
 * SharePoint system fields.
 *   fieldsResource(columns, item) → { '@odata.etag': '"…,1"', Title: 'A', id: '1', ContentType: 'Item', Modified: …, … }
 */
export function fieldsResource(
  columns: readonly Column[],
  item: ItemRecord,
  select?: readonly string[],
) {
  const fields: Record<string, unknown> = { '@odata.etag': etagOf(item) };
  for (const column of columns) {
    if (column.system) continue;
    const value = item.fields[column.fieldKey];
    if (value !== undefined && value !== null) fields[column.fieldKey] = renderValue(column, value);
  }
  const title = typeof item.fields.Title === 'string' ? item.fields.Title : '';
  Object.assign(fields, {
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.modified,
    Created: item.created,
    AuthorLookupId: '6',
    EditorLookupId: '6',
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: title,
    LinkTitle: title,
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
  });
  if (!select) return fields;
  const wanted = new Set<string>();
  for (const name of select) {
    const lower = name.toLowerCase();
    const column = columns.find(
      (c) => c.name.toLowerCase() === lower || c.fieldKey.toLowerCase() === lower,
    );
    wanted.add((column?.fieldKey ?? name).toLowerCase());
  }
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([key]) => key === '@odata.etag' || wanted.has(key.toLowerCase()),
    ),
  );
}

export interface ItemRenderOptions {
  /** Include `fields`; with `select`, only those fields. */
  readonly fields?: { readonly select: readonly string[] | undefined } | undefined;
}

export function itemResource(
  site: SiteRecord,
  list: ListRecord,
  columns: readonly Column[],
  item: ItemRecord,
  options: ItemRenderOptions,
) {
  const resource: Record<string, unknown> = {
    '@odata.etag': etagOf(item),
    createdDateTime: item.created,
    eTag: etagOf(item),
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${listWebUrl(site, list)}/${item.id}_.000`,
    createdBy: EMULATOR_USER,
    lastModifiedBy: EMULATOR_USER,
    parentReference: { id: list.id, siteId: site.id },
    contentType: ITEM_CONTENT_TYPE,
  };
  if (options.fields) resource.fields = fieldsResource(columns, item, options.fields.select);
  return resource;
}
