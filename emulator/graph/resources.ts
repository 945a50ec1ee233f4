import type { Column } from '../store/columnModel';
import type { ItemRecord } from '../store/items';
import { etagOf } from '../store/items';
import type { ListRecord } from '../store/lists';
import { siteUrl, type SiteRecord } from '../store/sites';
import { EMULATOR_USER } from '../store/versions';

/** The JSON shapes Graph returns for sites, lists, columns and list items. */

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
  `${siteUrl(site)}/${list.template === 'documentLibrary' ? '' : 'Lists/'}${encodeURI(list.name)}`;

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

/** SharePoint's system fields of an item, in the order Graph lists them after the values. */
function systemFields(item: ItemRecord): Record<string, unknown> {
  const title = typeof item.fields.Title === 'string' ? item.fields.Title : '';
  return {
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
  };
}

const SYSTEM_FIELD_NAMES = Object.keys(
  systemFields({
    id: 0,
    uid: '',
    version: 0,
    fields: {},
    created: '',
    modified: '',
    changeSeq: 0,
  }),
);

/**
 * Renders the `fields` of many items with one `select`: the selected names are resolved to
 * columns once, and only the wanted values are built (a page of 5,000 items would otherwise
 * build and then drop every system field of every item).
 *   fieldsRenderer(columns, ['Status'])(item) → { '@odata.etag': '"…,1"', Status: 'open' }
 */
export function fieldsRenderer(
  columns: readonly Column[],
  select?: readonly string[],
): (item: ItemRecord) => Record<string, unknown> {
  let valueColumns = columns.filter((column) => !column.system);
  let wantsSystem: ((name: string) => boolean) | undefined = () => true;
  if (select) {
    const wanted = new Set<string>();
    for (const name of select) {
      const lower = name.toLowerCase();
      const column = columns.find(
        (c) => c.name.toLowerCase() === lower || c.fieldKey.toLowerCase() === lower,
      );
      wanted.add((column?.fieldKey ?? name).toLowerCase());
    }
    valueColumns = valueColumns.filter((column) => wanted.has(column.fieldKey.toLowerCase()));
    const system = SYSTEM_FIELD_NAMES.filter((name) => wanted.has(name.toLowerCase()));
    wantsSystem = system.length === 0 ? undefined : (name) => system.includes(name);
  }
  return (item) => {
    const fields: Record<string, unknown> = { '@odata.etag': etagOf(item) };
    for (const column of valueColumns) {
      const value = item.fields[column.fieldKey];
      if (value !== undefined && value !== null)
        fields[column.fieldKey] = renderValue(column, value);
    }
    if (wantsSystem)
      for (const [name, value] of Object.entries(systemFields(item)))
        if (wantsSystem(name)) fields[name] = value; // as Object.assign: system names win
    return fields;
  };
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
  return fieldsRenderer(columns, select)(item);
}

export interface ItemRenderOptions {
  /** Include `fields`; with `select`, only those fields. */
  readonly fields?: { readonly select: readonly string[] | undefined } | undefined;
  /** `$select` on the item itself: only these properties (annotations and `fields` kept). */
  readonly select?: readonly string[] | undefined;
  /** Who created and last changed the item (`authorsOf`); absent: the emulator's user. */
  readonly authors?: (item: ItemRecord) => { createdBy: unknown; lastModifiedBy: unknown };
}

/**
 * Renders many items of one list the same way (a page of items, a delta page): the options
 * are worked out once, not for each item.
 *   itemRenderer(site, list, columns, { select: ['id'], fields: { select: ['Status'] } })(item)
 *     → { '@odata.etag': '"…,1"', id: '7', fields: { '@odata.etag': '"…,1"', Status: 'open' } }
 */
export function itemRenderer(
  site: SiteRecord,
  list: ListRecord,
  columns: readonly Column[],
  options: ItemRenderOptions,
): (item: ItemRecord) => Record<string, unknown> {
  const webUrl = `${listWebUrl(site, list)}/`;
  const parentReference = { id: list.id, siteId: site.id };
  const renderFields = options.fields && fieldsRenderer(columns, options.fields.select);
  const selected = options.select && new Set(options.select.map((name) => name.toLowerCase()));
  const wants = (name: string) => !selected || selected.has(name.toLowerCase());
  return (item) => {
    const etag = etagOf(item);
    const resource: Record<string, unknown> = { '@odata.etag': etag };
    if (wants('createdDateTime')) resource.createdDateTime = item.created;
    if (wants('eTag')) resource.eTag = etag;
    if (wants('id')) resource.id = String(item.id);
    if (wants('lastModifiedDateTime')) resource.lastModifiedDateTime = item.modified;
    if (wants('webUrl')) resource.webUrl = `${webUrl}${item.id}_.000`;
    if (wants('createdBy') || wants('lastModifiedBy')) {
      const authors = options.authors?.(item);
      if (wants('createdBy')) resource.createdBy = authors?.createdBy ?? EMULATOR_USER;
      if (wants('lastModifiedBy'))
        resource.lastModifiedBy = authors?.lastModifiedBy ?? EMULATOR_USER;
    }
    if (wants('parentReference')) resource.parentReference = parentReference;
    if (wants('contentType')) resource.contentType = ITEM_CONTENT_TYPE;
    if (renderFields) resource.fields = renderFields(item);
    return resource;
  };
}

export function itemResource(
  site: SiteRecord,
  list: ListRecord,
  columns: readonly Column[],
  item: ItemRecord,
  options: ItemRenderOptions,
) {
  return itemRenderer(site, list, columns, options)(item);
}
