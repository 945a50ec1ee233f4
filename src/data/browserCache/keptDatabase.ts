/**
 * The browser's IndexedDB database the tab keeps things in between visits (docs/architecture.md,
 * "The browser cache"), per site and signed-in user under an opaque key (a SHA-256 of both: no
 * address in the key); opening it for another user or site deletes what was kept for anyone
 * else. What is kept in it, and under which schema, is the business of the modules over it:
 * the Overview's figures (`keptFigures.ts`, read before the tab's first render, so this module
 * and that one know nothing of the lists) and the lists (`indexedDbListCache.ts`).
 */
const DATABASE = 'feedback-desk-cache';
const STORE = 'lists';
/** Raised when the database's layout changes: the upgrade drops what an older version kept. */
const DATABASE_VERSION = 1;

/** What this site and user keep: entries by name, each written with the schema it was kept under. */
export interface KeptScope {
  /**
   * The entry kept under `name` if it was kept under `schema` (a failure reads as none); one
   * kept under another schema (an older version's) is deleted.
   */
  get(name: string, schema: string): Promise<object | undefined>;
  /** Keeps the entries given by name (each with its `schema`), all or none (one transaction). */
  put(entries: Readonly<Record<string, object>>): Promise<void>;
  /**
   * Reads the entry kept under `name` and `schema` and keeps what `change` makes of it, in one
   * transaction, so no other window's write comes between; `change` returning undefined keeps
   * nothing.
   */
  update(
    name: string,
    schema: string,
    change: (entry: object | undefined) => object | undefined,
  ): Promise<void>;
}

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

/**
 * Deletes every kept entry whose key is not this scope's (another user or site). The keys are
 * looked at in a read-only transaction, which reads run beside; a read-write one, which they
 * would queue behind, is opened only when there is something to delete.
 */
async function keepOnlyScope(db: IDBDatabase, scope: string): Promise<void> {
  const keys = await request(db.transaction(STORE, 'readonly').objectStore(STORE).getAllKeys());
  const others = keys.filter((key) => typeof key !== 'string' || !key.startsWith(`${scope}/`));
  if (others.length === 0) return;
  const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
  await Promise.all(others.map((key) => request(store.delete(key))));
}

/**
 * What is kept for a site and the user `user()` names at each read and write. One for the page,
 * shared by everything kept, so the scope is checked once. Never throws: a browser without
 * IndexedDB (or refusing it) simply keeps nothing.
 */
export function openKeptScope(options: {
  readonly siteId: string;
  /** The signed-in person's sign-in name; nothing is kept while there is none. */
  readonly user: () => string | undefined;
}): KeptScope {
  // The scope checked (other scopes' entries deleted) once per scope, however many reads
  // start together. Reads and writes do not wait for it: every key carries its scope, so
  // nothing of another person's can be read or overwritten meanwhile.
  let checked: string | undefined;
  const scoped = async (): Promise<{ db: IDBDatabase; scope: string } | undefined> => {
    if (typeof indexedDB === 'undefined' || typeof crypto?.subtle === 'undefined') return undefined;
    const user = options.user();
    if (!user) return undefined;
    const [db, scope] = await Promise.all([open(), scopeOf(options.siteId, user)]);
    if (checked !== scope) {
      checked = scope;
      // A failed check is tried again by the next read.
      keepOnlyScope(db, scope).catch(() => {
        if (checked === scope) checked = undefined;
      });
    }
    return { db, scope };
  };
  return {
    async get(name, schema) {
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
        if (entry.schema === schema) return entry;
        await request(at.db.transaction(STORE, 'readwrite').objectStore(STORE).delete(key));
        return undefined;
      } catch {
        return undefined;
      }
    },
    async put(entries) {
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
        // Keeping only saves requests and time next time; the tab works without it.
      }
    },
    async update(name, schema, change) {
      try {
        const at = await scoped();
        if (!at) return;
        const store = at.db.transaction(STORE, 'readwrite').objectStore(STORE);
        const key = `${at.scope}/${name}`;
        const entry = (await request(store.get(key))) as { schema?: unknown } | undefined;
        // The put is made as the read's answer is handled, while the transaction is still open.
        const next = change(entry?.schema === schema ? entry : undefined);
        if (next !== undefined) await request(store.put(next, key));
      } catch {
        // As for `put`: what was kept before stays, and is still right for its items.
      }
    },
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
