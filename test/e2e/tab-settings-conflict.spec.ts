import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import type { FeedbackStore } from '../../src/data/store';
import { asIsoDate } from '../../src/domain/primitives/brand';
import type { CouncilSettings } from '../../src/domain/records';
import { storeFor, uniqueTag } from './tabFixtures';
import { startTabStack, type TabStack } from './tabStack';
import { axeViolations } from './axe';

/**
 * The complaints manager edits a letter in Settings while a colleague saves the settings: the
 * save meets a 412 and says so in the product's one conflict message; what the manager typed
 * stays; after a reload their letter is saved with the colleague's change kept.
 */
let stack: TabStack;
let store: FeedbackStore;
let original: CouncilSettings;

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

test.beforeAll(async () => {
  stack = await startTabStack();
  store = storeFor(stack.graphUrl);
  original = must(await store.loadSnapshot({ parts: [] })).settings;
});
test.afterAll(async () => {
  // The shared site's settings as they were, for the specs that follow.
  if (original) must(await store.saveSettings(original));
  await stack?.close();
});

async function openSettings(page: Page) {
  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: demoPeople.complaintsManager.name });
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
}

test('a Settings edit meeting a colleague’s save (412) keeps the typing, and saves after a reload', async ({
  page,
}) => {
  await openSettings(page);
  const settings = page.getByRole('form', { name: 'Settings' });
  await settings.getByLabel('Letter', { exact: true }).selectOption({
    label: 'Acknowledgement — corporate complaints',
  });
  const wording = settings.getByLabel(/^Wording of the acknowledgement/);
  const tag = uniqueTag();

  // A mistake is named as it is typed, and the preview shows the letter as text.
  await wording.fill(`Dear {{name}}, we have your complaint {{refrence}}. <b>${tag}</b>`);
  await expect(settings).toContainText('{{refrence}} is not a placeholder of this letter');
  await expect(settings).toContainText('Include {{reference}}');
  const mine = `Dear {{name}},\n\nThank you: your complaint is {{reference}} and our reply is due by {{due}}.\n\n<b>${tag}</b>`;
  await wording.fill(mine);
  await expect(settings).not.toContainText('is not a placeholder of this letter');
  const preview = settings.getByRole('region', { name: 'Preview, for an invented case' });
  await expect(preview).toContainText('Dear Alex Example,');
  await expect(preview).toContainText('CORP-2026-0147');
  await expect(preview).toContainText('29 January 2026');
  await expect(preview).toContainText(`<b>${tag}</b>`); // the characters typed, not markup
  expect(await preview.locator('b').count()).toBe(0);

  // Meanwhile a colleague saves the settings (a closure day).
  const closure = asIsoDate('2099-12-24');
  const current = must(await store.loadSnapshot({ parts: [] })).settings;
  must(await store.saveSettings({ ...current, closureDays: [...current.closureDays, closure] }));

  await settings.getByRole('button', { name: 'Save settings' }).click();
  const conflict = settings.getByRole('alert').filter({ hasText: 'Someone else changed this' });
  await expect(conflict).toContainText(
    'A colleague changed these settings while you were working on it, so saving the settings did not go through and nothing was overwritten.',
  );
  await expect(wording).toHaveValue(mine);
  let saved = must(await store.loadSnapshot({ parts: [] })).settings;
  expect(saved.letterTemplates['acknowledgement.corporate']).toBe(
    original.letterTemplates['acknowledgement.corporate'],
  );
  expect(await axeViolations(page, { within: 'main' })).toEqual([]);

  // Reload: the colleague's closure day appears, the letter typed stays; then it saves.
  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(settings.getByLabel('Closure days')).toHaveValue(/24 December 2099/);
  await expect(wording).toHaveValue(mine);
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  saved = must(await store.loadSnapshot({ parts: [] })).settings;
  expect(saved.letterTemplates['acknowledgement.corporate']).toBe(mine);
  expect(saved.closureDays).toContain(closure);
});
