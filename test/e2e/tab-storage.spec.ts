import { expect, test, type Page } from '@playwright/test';
import { demoUsers } from '../../src/data/seed/demoPeople';
import type { Snapshot } from '../../src/data/store';
import type { CaseReference } from '../../src/domain/primitives/brand';
import { addComplaint, isoDaysAgo, storeFor, uniqueTag } from './tabFixtures';
import { keptKeys } from './keptLists';
import { startTabStack, type TabStack } from './tabStack';

/**
 * Nothing personal in the browser (issue 19): after a full session in the tab (every view, a
 * case opened, a reload that re-opens from what the browser kept, another person signed in),
 * every key and value of IndexedDB, localStorage and sessionStorage, and every address the
 * page showed, is searched for the demo data's personal texts — names, sign-in names, email
 * addresses, phone numbers, summaries, subjects, notes — read back from SharePoint.
 */
let stack: TabStack;

test.beforeAll(async () => {
  stack = await startTabStack();
});
test.afterAll(async () => {
  await stack?.close();
});

/** Fields that hold a person's name, contact or words, whatever record they are in. */
const PERSONAL_KEYS = new Set([
  'summary',
  'name',
  'upn',
  'subject',
  'fromName',
  'fromAddress',
  'quote',
  'praised',
  'note',
  'forwardTo',
  'constituent',
  'referredBy',
  'reasons',
  'text',
  'comment',
  'recommendations',
  'conversationId',
  'internetMessageId',
  'email',
  'phone',
  'address',
  'body',
  // A reason given for a change of type, procedure or stage (read back from item versions).
  'why',
  // Where a complainant lives (a ward name; postcode districts are 2 to 4 characters, too
  // short to search for without matching anything, and are not kept either: allowList.ts).
  'ward',
]);

/** Every personal text in the records, found by field name at any depth. */
function personalTexts(snapshot: Snapshot): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, personal: boolean) => {
    if (typeof value === 'string') {
      // Codes (`complainant_request`) are not personal, and very short texts match anything.
      if (personal && value.trim().length >= 4 && !/^[a-z0-9_]+$/.test(value))
        found.add(value.trim());
      return;
    }
    if (Array.isArray(value)) for (const element of value) walk(element, personal);
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value))
        walk(inner, personal || PERSONAL_KEYS.has(key));
  };
  for (const part of [
    snapshot.cases,
    snapshot.stages,
    snapshot.correspondence,
    snapshot.actions,
    snapshot.plans,
    snapshot.signOffs,
    snapshot.ombudsman,
    snapshot.costs,
  ])
    for (const item of part) walk(item.value, false);
  walk(snapshot.settings.headsOfService, true);
  for (const person of demoUsers) walk(person, true);
  return [...found];
}

/** The texts of `personal` that appear in `dump`, in any case, also as JSON would escape them. */
function leaksIn(dump: string, personal: readonly string[]): string[] {
  const haystack = dump.toLowerCase();
  return personal.filter((text) => {
    const plain = text.toLowerCase();
    return haystack.includes(plain) || haystack.includes(JSON.stringify(plain).slice(1, -1));
  });
}

/** Email addresses and UK mobile numbers of any person, kept or not in the records. */
const CONTACT_PATTERNS = [/[\w.+-]+@[\w-]+\.[\w.-]+/, /\b07\d{3}\s?\d{6}\b/];

/** Every key and value the page's origin keeps: IndexedDB (every database), local and session storage. */
async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const storeName of [...db.objectStoreNames]) {
        const read = <T>(get: (s: IDBObjectStore) => IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            const req = get(db.transaction(storeName).objectStore(storeName));
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
        out.push({
          database: name,
          store: storeName,
          keys: await read((s) => s.getAllKeys()),
          values: await read((s) => s.getAll()),
        });
      }
      db.close();
    }
    for (const storage of [localStorage, sessionStorage])
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i)!;
        out.push({ key, value: storage.getItem(key) });
      }
    return JSON.stringify(out);
  });
}

/** True once the tab has kept the Overview's cases in IndexedDB (so there is something to check). */
async function keptCases(page: Page): Promise<boolean> {
  return (await keptKeys(page)).some((key) => key.endsWith('/cases'));
}

test('after a full session nothing personal is in browser storage or the address', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const admin = storeFor(stack.graphUrl);
  const tag = uniqueTag();
  const owner = { name: `Ottilie Storagecheck ${tag}`, upn: `ottilie.${tag}@example.invalid` };
  const reference = await addComplaint(admin, {
    received: isoDaysAgo(20),
    procedure: 'corporate',
    owner,
    serviceArea: 'Highways',
    tag,
    fromName: `Perpetua Searchcheck${tag}`,
  });
  // A change of procedure with its reason, which the case panel reads back from SharePoint.
  const why = `Moved after a call with Perpetua Searchcheck${tag}`;
  const saved = await admin.getCase(reference as CaseReference);
  if (!saved.ok || !saved.value) throw new Error('the case was not saved');
  const changed = await admin.updateCase(
    reference as CaseReference,
    { procedure: 'adults_statutory' },
    saved.value.case.etag,
    why,
  );
  if (!changed.ok) throw new Error(changed.error.message);

  const urls = new Set<string>();
  page.on('framenavigated', (frame) => urls.add(frame.url()));
  const noteUrl = () => urls.add(page.url());

  await page.goto(`${stack.webUrl}tab.html`);
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  for (const view of [
    'Overview',
    'Timeliness',
    'Actions',
    'Action plans',
    'Annual report',
    'Settings',
  ]) {
    await page.getByRole('tab', { name: view }).click();
    await expect(page.getByRole('tab', { name: view, selected: true })).toBeVisible();
    noteUrl();
  }
  // A case opened from Timeliness, as an officer would, then closed.
  await page.getByRole('tab', { name: 'Timeliness' }).click();
  await page.getByLabel('Owner').selectOption({ label: owner.name });
  const row = page.getByRole('row').filter({ hasText: reference });
  await row.getByRole('button', { name: reference }).click();
  const panel = page.getByRole('dialog', { name: `Case ${reference}` });
  // Personal fields are on screen, read from SharePoint on demand.
  await expect(panel).toContainText(owner.name);
  await expect(panel).toContainText(why);
  noteUrl();
  await panel.getByRole('button', { name: 'Close panel', exact: true }).click();
  noteUrl();
  // The header's search finds the case by the complainant's name (an index in memory only).
  await page.getByLabel('Find a case').fill(`searchcheck${tag}`);
  await expect(page.getByRole('region', { name: 'Cases found' })).toContainText(
    `Perpetua Searchcheck${tag}`,
  );
  noteUrl();

  // Once everything is read the Overview's lists are kept; a reload re-opens from them.
  await expect.poll(() => keptCases(page), { timeout: 60_000 }).toBe(true);
  await page.reload();
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  noteUrl();
  // Another person signs in on the same browser.
  await page.getByLabel('Signed in as').selectOption({ index: 1 });
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => keptCases(page), { timeout: 60_000 }).toBe(true);
  noteUrl();

  const full = await admin.loadSnapshot();
  if (!full.ok) throw new Error(full.error.message);
  const personal = personalTexts(full.value);
  // The case added above, and the demo data's people, summaries and emails, are all searched for.
  expect(personal).toContain(owner.name);
  expect(personal).toContain(`Fictitious test complaint ${tag}`);
  expect(personal).toContain(`Perpetua Searchcheck${tag}`);
  // The reason is not in a snapshot (it is read from the item's versions): searched for too.
  personal.push(why);
  expect(personal.length).toBeGreaterThan(100);

  const stored = await browserStorage(page);
  // The dump really holds the kept lists: the case's reference (not personal) is in it.
  expect(stored).toContain(reference);
  const address = [...urls].join('\n');
  expect(leaksIn(stored, personal)).toEqual([]);
  expect(leaksIn(address, personal)).toEqual([]);
  for (const pattern of CONTACT_PATTERNS) {
    expect(stored).not.toMatch(pattern);
    expect(address).not.toMatch(pattern);
  }

  // The check can fail: a planted name in IndexedDB and a summary in sessionStorage are found.
  await page.evaluate(
    async ([name, summary]) => {
      sessionStorage.setItem('planted', JSON.stringify({ note: summary }));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('feedback-desk-cache');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('lists', 'readwrite');
        tx.objectStore('lists').put({ owner: { name: name!.toUpperCase() } }, 'planted');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [owner.name, `Fictitious test complaint ${tag}`],
  );
  const planted = await browserStorage(page);
  // (Texts inside a planted one are found too: the email's subject is in the summary.)
  const found = leaksIn(planted, personal);
  expect(found).toContain(owner.name);
  expect(found).toContain(`Fictitious test complaint ${tag}`);
});
