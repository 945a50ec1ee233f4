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
