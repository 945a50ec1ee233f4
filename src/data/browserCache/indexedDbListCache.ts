import { fieldsReadBy } from '../lists/listDefinition';
import { casesList, ombudsmanList, stagesList } from '../lists';
import { browserCacheFields, type CachedPart } from './allowList';
import type { BrowserListCache, CachedList } from './cachedList';
import { fromColumns, toColumns, type ItemColumns } from './columns';
import type { KeptScope } from './keptDatabase';

/**
 * The lists the Overview reads, kept in the browser's IndexedDB between visits (docs/architecture.md,
 * "The browser cache"), so a re-open costs one delta request per list. Kept per site and per
 * signed-in user (`keptDatabase.ts`); a change of what is kept (the allowed fields, the columns
 * read, this format) deletes them.
 */

/** What a kept list must match to be read back: anything else is deleted. */
const schema = JSON.stringify({
  // The items are kept as columns (columns.ts); an entry kept one object per item is dropped.
  format: 'columns',
  fields: browserCacheFields,
  columns: [fieldsReadBy(casesList), fieldsReadBy(stagesList), fieldsReadBy(ombudsmanList)],
});

interface Entry extends Omit<CachedList, 'items'> {
  readonly schema: string;
  readonly columns: ItemColumns;
}

/** The key of the list ids beside the lists' (`${scope}/lists`): not a list's part name. */
const LIST_IDS = 'list-ids';
/**
 * The key of a list's delta link, kept again beside the list (in the same transaction, so the
 * two never disagree): reading it costs nothing next to the list's items. A round that brings
 * no change but a new link moves this entry on alone (`advanceDeltaLink`); `itemsLink` then
 * still names the link the items were kept with, so the newer link is used only over those
 * items.
 */
const linkKey = (part: CachedPart) => `${part}-link`;

interface LinkEntry {
  readonly schema: string;
  readonly deltaLink: string;
  /** The link the list's items were kept with; absent when it is `deltaLink` itself. */
  readonly itemsLink?: string;
}

function linkOf(entry: object | undefined): LinkEntry | undefined {
  const link = entry as Partial<LinkEntry> | undefined;
  return typeof link?.deltaLink === 'string' ? (link as LinkEntry) : undefined;
}

/** The lists kept in `scope` (`openKeptScope`), under this version's schema. */
export function listCacheIn(scope: KeptScope): BrowserListCache {
  const get = (name: string) => scope.get(name, schema);
  return {
    read: async (part) => {
      const [entry, link] = await Promise.all([get(part), get(linkKey(part))]);
      if (!entry) return undefined;
      const { columns, schema: _schema, ...rest } = entry as Entry;
      const moved = linkOf(link);
      const deltaLink =
        moved && (moved.itemsLink ?? moved.deltaLink) === rest.deltaLink
          ? moved.deltaLink
          : rest.deltaLink;
      return { ...rest, deltaLink, items: fromColumns(columns) };
    },
    write: (part: CachedPart, { items, ...list }) =>
      scope.put({
        [part]: { schema, ...list, columns: toColumns(items) } satisfies Entry,
        [linkKey(part)]: { schema, deltaLink: list.deltaLink } satisfies LinkEntry,
      }),
    advanceDeltaLink: (part, from, to) =>
      scope.update(linkKey(part), schema, (entry) => {
        const kept = linkOf(entry);
        if (kept?.deltaLink !== from) return undefined;
        return {
          schema,
          deltaLink: to,
          itemsLink: kept.itemsLink ?? kept.deltaLink,
        } satisfies LinkEntry;
      }),
    readDeltaLink: async (part) => linkOf(await get(linkKey(part)))?.deltaLink,
    readListIds: async () =>
      ((await get(LIST_IDS)) as { ids?: Record<string, string> } | undefined)?.ids,
    writeListIds: (ids) => scope.put({ [LIST_IDS]: { schema, ids: { ...ids } } }),
  };
}
