import { expect, test, type Page } from '@playwright/test';
import { addComplaint, isoDaysAgo, storeFor, uniqueTag } from './tabFixtures';
import { startTabStack, type TabStack } from './tabStack';

/**
 * A re-open from what the browser kept (issue 19, docs/performance.md): each kept list's delta
 * link is kept beside it, and the re-opened tab brings the kept lists up to date from it. A
 * complaint received while the tab was closed must be on the re-opened Overview, counted once.
 */
let stack: TabStack;

test.beforeAll(async () => {
  stack = await startTabStack();
});
test.afterAll(async () => {
  await stack?.close();
});

/** The keys the tab has kept in IndexedDB, without their per-person prefix. */
async function keptNames(page: Page): Promise<string[]> {
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
    return keys.map((key) => String(key).split('/').slice(1).join('/')).sort();
  });
}

/** A headline figure of the Overview as shown, e.g. '1,204'. */
async function headline(page: Page, label: string): Promise<number> {
  const card = page.getByRole('group', { name: label });
  await expect(card).toBeVisible({ timeout: 30_000 });
  const texts = await card.locator('span').allTextContents();
  const value = texts.find((text) => /^[\d,]+$/.test(text.trim()));
  if (value === undefined)
    throw new Error(`no figure on the "${label}" card: ${texts.join(' | ')}`);
  return Number(value.replaceAll(',', ''));
}

test('a re-opened tab shows the complaint received while it was closed, once', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${stack.webUrl}tab.html`);
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  // Once every list is read, the Overview's lists and their delta links are kept.
  await expect
    .poll(() => keptNames(page), { timeout: 60_000 })
    .toEqual(expect.arrayContaining(['cases', 'cases-link', 'stages', 'stages-link']));
  const before = await headline(page, 'Complaints received');
  const openBefore = await headline(page, 'Open now');

  // Received today, while the tab is closed: in this financial year whatever the date.
  await page.goto('about:blank');
  await addComplaint(storeFor(stack.graphUrl), {
    received: isoDaysAgo(0),
    procedure: 'corporate',
    owner: { name: 'Fictitious Officer', upn: 'fictitious.officer@example.invalid' },
    serviceArea: 'Highways',
    tag: uniqueTag(),
  });

  await page.goto(`${stack.webUrl}tab.html`);
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  expect(await headline(page, 'Complaints received')).toBe(before + 1);
  expect(await headline(page, 'Open now')).toBe(openBefore + 1);
});
