import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { startStrictStack, type StrictStack } from './strict-stack';

/**
 * Sign out in both apps (issue 14), against the emulator in strict mode: the `Sign out`
 * button is reached by keyboard; afterwards no draft and no cached list is left in the
 * browser (sessionStorage, localStorage and IndexedDB read from the page), the page is signed
 * out with Sign in and asks for no token by itself, and Sign in brings it back without the
 * unsaved text.
 */
let stack: StrictStack;

test.beforeAll(async () => {
  stack = await startStrictStack();
});

test.afterAll(async () => {
  await stack?.close();
});

test.use({ ignoreHTTPSErrors: true });

/** The tab's browser cache (src/data/browserCache/indexedDbListCache.ts). */
const CACHE_DATABASE = 'feedback-desk-cache';

/**
 * Keeps a list entry in the browser cache's database, as the tab does once it has read the
 * Overview's lists (or finds the one it already keeps).
 */
async function keepSomethingInTheCache(page: Page): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onupgradeneeded = () => req.result.createObjectStore('lists');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('lists')) {
            db.close();
            resolve();
            return;
          }
          const tx = db.transaction('lists', 'readwrite');
          tx.objectStore('lists').put({ items: [] }, 'probe/cases');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    CACHE_DATABASE,
  );
  expect((await browserTraces(page)).databases).toContain(CACHE_DATABASE);
}

/** What the page keeps in the browser: Feedback Desk's storage keys and its databases. */
async function browserTraces(page: Page) {
  return page.evaluate(async () => ({
    session: Object.keys(sessionStorage).sort(),
    local: Object.keys(localStorage).sort(),
    databases: (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
  }));
}

async function signOutByKeyboard(page: Page, within: Locator | Page) {
  const button = within.getByRole('button', { name: 'Sign out' });
  await button.focus();
  await expect(button).toBeFocused();
  // Sign out reloads the page once the cache and the tokens are gone (signOutOfTab.ts,
  // signOutOfPane.ts). The page going away may already show "Sign in"; what the test reads
  // next (storage, by script) is read from the reloaded page, never from one mid-navigation.
  const reloaded = page.waitForEvent('load');
  await page.keyboard.press('Enter');
  await reloaded;
}

test('the tab: Sign out leaves no cached list and no unsaved text, and Sign in brings the data back', async ({
  page,
}) => {
  await page.goto(stack.pageUrl('tab.html'));
  await expect(page.getByText(/^Updated \d/)).toBeVisible({ timeout: 15_000 });
  await keepSomethingInTheCache(page);
  expect(await axeViolations(page)).toEqual([]);
  // Unsaved text, kept by the tab in memory only.
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('Council name').fill('Unsaved County Council');

  await signOutByKeyboard(page, page);
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await expect(signIn).toBeVisible();
  await expect(page.getByText('You are not signed in to Feedback Desk.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expect(page.getByText(/^Updated \d/)).toHaveCount(0);
  await expect(page.getByLabel('Council name')).toHaveCount(0);
  // Signed out means signed out: the reloaded page asked for no token and read nothing.
  const tokensAsked = stack.tokenRequests.length;
  const traces = await browserTraces(page);
  expect(traces.databases).not.toContain(CACHE_DATABASE);
  expect(traces.local).toEqual([]);
  expect(traces.session.filter((k) => k.startsWith('feedback-desk.draft.'))).toEqual([]);
  expect(traces.session).toContain('feedback-desk.signed-out');
  expect(stack.tokenRequests.length).toBe(tokensAsked);

  await signIn.click();
  await expect(page.getByText(/^Updated \d/)).toBeVisible({ timeout: 15_000 });
  expect(stack.tokenRequests.slice(tokensAsked).some((r) => r.interactive)).toBe(true);
  expect((await browserTraces(page)).session).not.toContain('feedback-desk.signed-out');
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByLabel('Council name')).not.toHaveValue('Unsaved County Council');
});

test('the pane: Sign out removes the new-case draft and the cache, and the pane asks to sign in', async ({
  page,
}) => {
  await page.goto(stack.pageUrl('workbench.html'));
  const triage = page.getByRole('main', { name: 'Feedback Desk triage' });
  const firstEmail = page.getByRole('listbox', { name: 'Demo inbox' }).getByRole('option').first();
  await firstEmail.click();
  const summary = triage.getByLabel('Summary', { exact: true });
  await summary.fill('Half-typed summary');
  await expect
    .poll(async () =>
      (await browserTraces(page)).session.filter((k) => k.startsWith('feedback-desk.draft.')),
    )
    .toHaveLength(1);
  await keepSomethingInTheCache(page);
  expect(await axeViolations(page)).toEqual([]);

  await signOutByKeyboard(page, triage);
  const signIn = triage.getByRole('button', { name: 'Sign in' });
  await expect(signIn).toBeVisible();
  await expect(triage.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  const traces = await browserTraces(page);
  expect(traces.session.filter((k) => k.startsWith('feedback-desk.draft.'))).toEqual([]);
  expect(traces.databases).not.toContain(CACHE_DATABASE);
  expect(traces.local).toEqual([]);

  await firstEmail.click();
  await expect(triage.getByLabel('Summary', { exact: true })).toHaveCount(0);
  await signIn.click();
  await expect(triage.getByLabel('Summary', { exact: true })).toBeVisible();
  await expect(triage.getByLabel('Summary', { exact: true })).not.toHaveValue('Half-typed summary');
});
