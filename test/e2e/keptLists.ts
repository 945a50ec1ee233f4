import type { Page } from '@playwright/test';

/**
 * The keys the tab has kept in the browser's IndexedDB (src/data/browserCache), each
 * `scope/name` with the scope an opaque per-person, per-site key: `['3f…/cases', '3f…/cases-link']`.
 * None when nothing is kept yet. Read in the page, for a `expect.poll` to wait on.
 */
export async function keptKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = await indexedDB.databases();
    if (!names.some((d) => d.name === 'feedback-desk-cache')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('feedback-desk-cache');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const keys = db.objectStoreNames.contains('lists')
      ? await new Promise<IDBValidKey[]>((resolve) => {
          const req = db.transaction('lists').objectStore('lists').getAllKeys();
          req.onsuccess = () => resolve(req.result);
        })
      : [];
    db.close();
    return keys.map(String);
  });
}

/** The names of the lists kept, without their scope, sorted: `['cases', 'cases-link', …]`. */
export async function keptNames(page: Page): Promise<string[]> {
  return (await keptKeys(page)).map((key) => key.split('/').slice(1).join('/')).sort();
}

/**
 * The delta links kept for a list: the one kept with its items (`items`), and the entry beside
 * it (`link`, with `itemsLink` once a round with no change has moved it on alone).
 */
export async function keptLinks(
  page: Page,
  list: string,
): Promise<{ items: string | undefined; link: string | undefined; itemsLink: string | undefined }> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('feedback-desk-cache');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction('lists').objectStore('lists');
    const all = await new Promise<{ key: string; value: Record<string, unknown> }[]>((resolve) => {
      const out: { key: string; value: Record<string, unknown> }[] = [];
      const req = store.openCursor();
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return resolve(out);
        out.push({ key: String(cursor.key), value: cursor.value as Record<string, unknown> });
        cursor.continue();
      };
    });
    db.close();
    const entry = (suffix: string) => all.find((e) => e.key.endsWith(`/${suffix}`))?.value;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return {
      items: text(entry(name)?.deltaLink),
      link: text(entry(`${name}-link`)?.deltaLink),
      itemsLink: text(entry(`${name}-link`)?.itemsLink),
    };
  }, list);
}
