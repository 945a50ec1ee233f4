import { fieldsReadBy } from '../lists/listDefinition';
import { casesList, ombudsmanList, stagesList } from '../lists';
import { browserCacheFields, type CachedPart } from './allowList';
import type { BrowserFiguresCache, BrowserListCache, CachedList } from './cachedList';
import { fromColumns, toColumns, type ItemColumns } from './columns';

/**
 * The lists the Overview reads, kept in the browser's IndexedDB between visits (docs/architecture.md,
 * "The browser cache"), so a re-open costs one delta request per list. Kept per site and per
 * signed-in user under an opaque key (a SHA-256 of both: no address in the key); opening it for
 * another user or site deletes what was kept for anyone else, and a change of what is kept
 * (the allowed fields, the columns read, this format) deletes everything.
 */
const DATABASE = 'feedback-desk-cache';
const STORE = 'lists';
/** Raised when the database's layout changes: the upgrade drops what an older version kept. */
const DATABASE_VERSION = 1;

/** What a kept entry must match to be read back: anything else is deleted. */
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
/** The key of the figures worked out from the lists (`BrowserFiguresCache`). */
const FIGURES = 'figures';

/**
 * The key of a list's delta link, kept again beside the list (in the same transaction, so the
 * two never disagree): reading it costs nothing next to the list's items.
 */
const linkKey = (part: CachedPart) => `${part}-link`;

let opened: Promise<IDBDatabase> | undefined;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DATABASE, DATABASE_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
      db.createObjectStore(STORE);
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab deleting or upgrading the database (a sign-out) closes this connection.
      db.onversionchange = () => {
        db.close();
        opened = undefined;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is held by an older version of the tab'));
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

async function scopeOf(siteId: string, user: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${siteId}\n${user.toLowerCase()}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Deletes every kept entry whose key is not this scope's (another user or site). */
async function keepOnlyScope(db: IDBDatabase, scope: string): Promise<void> {
  const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
  const keys = await request(store.getAllKeys());
  await Promise.all(
    keys
      .filter((key) => typeof key !== 'string' || !key.startsWith(`${scope}/`))
      .map((key) => request(store.delete(key))),
  );
}

/**
 * The IndexedDB cache for a site and the user `user()` names at each read and write.
 * Never throws: a browser without IndexedDB (or refusing it) simply keeps nothing.
 */
export function createIndexedDbListCache(options: {
  readonly siteId: string;
  /** The signed-in person's sign-in name; nothing is kept while there is none. */
  readonly user: () => string | undefined;
}): BrowserListCache & BrowserFiguresCache {
  // The scope checked (other scopes' entries deleted) once per scope, however many reads
  // start together: each check is a read-write transaction the reads would queue behind.
  let checked: { scope: string; done: Promise<void> } | undefined;
  const scoped = async (): Promise<{ db: IDBDatabase; scope: string } | undefined> => {
    if (typeof indexedDB === 'undefined' || typeof crypto?.subtle === 'undefined') return undefined;
    const user = options.user();
    if (!user) return undefined;
    const [db, scope] = await Promise.all([open(), scopeOf(options.siteId, user)]);
    if (checked?.scope !== scope) {
      const done = keepOnlyScope(db, scope);
      checked = { scope, done };
      // A failed check is tried again by the next read.
      done.catch(() => {
        if (checked?.done === done) checked = undefined;
      });
    }
    await checked.done;
    return { db, scope };
  };
  /** The entry kept under `name` for this scope, if it has this version's schema. */
  const get = async (name: string): Promise<{ readonly schema: string } | undefined> => {
    try {
      const at = await scoped();
      if (!at) return undefined;
      // Read-only, so the lists and the list ids are read side by side: read-write
      // transactions on one store run one after another, and the small list ids (which the
      // first Graph requests wait for) would wait behind 20,000 cases.
      const key = `${at.scope}/${name}`;
      const entry = (await request(
        at.db.transaction(STORE, 'readonly').objectStore(STORE).get(key),
      )) as { schema?: unknown } | undefined;
      if (entry === undefined) return undefined;
      if (entry.schema === schema) return entry as { readonly schema: string };
      await request(at.db.transaction(STORE, 'readwrite').objectStore(STORE).delete(key));
      return undefined;
    } catch {
      return undefined;
    }
  };
  /** Keeps the entries given by name, all or none (one transaction). */
  const put = async (entries: Readonly<Record<string, object>>): Promise<void> => {
    try {
      const at = await scoped();
      if (!at) return;
      const store = at.db.transaction(STORE, 'readwrite').objectStore(STORE);
      await Promise.all(
        Object.entries(entries).map(([name, entry]) =>
          request(store.put(entry, `${at.scope}/${name}`)),
        ),
      );
    } catch {
      // Keeping the lists only saves requests next time; the tab works without it.
    }
  };
  return {
    read: async (part) => {
      const entry = (await get(part)) as Entry | undefined;
      if (!entry) return undefined;
      const { columns, schema: _schema, ...rest } = entry;
      return { ...rest, items: fromColumns(columns) };
    },
    write: (part: CachedPart, { items, ...list }) =>
      put({
        [part]: { schema, ...list, columns: toColumns(items) } satisfies Entry,
        [linkKey(part)]: { schema, deltaLink: list.deltaLink },
      }),
    readDeltaLink: async (part) => {
      const link = ((await get(linkKey(part))) as { deltaLink?: unknown } | undefined)?.deltaLink;
      return typeof link === 'string' ? link : undefined;
    },
    readListIds: async () =>
      ((await get(LIST_IDS)) as { ids?: Record<string, string> } | undefined)?.ids,
    writeListIds: (ids) => put({ [LIST_IDS]: { schema, ids: { ...ids } } }),
    readFigures: async () => ((await get(FIGURES)) as { figures?: unknown } | undefined)?.figures,
    writeFigures: (figures) => put({ [FIGURES]: { schema, figures } }),
  };
}

/**
 * Deletes everything the tab kept in this browser (every site and user). Sign-out calls this,
 * as does anything else that must leave no trace; resolves once the database is gone.
 */
export async function clearBrowserCache(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const db = await opened?.catch(() => undefined);
  db?.close();
  opened = undefined;
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DATABASE);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be deleted'));
    // Another tab still has it open: it closes on `versionchange`, then this succeeds.
    req.onblocked = () => undefined;
  });
}
