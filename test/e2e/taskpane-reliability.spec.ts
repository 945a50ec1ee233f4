import { expect, test, type Page } from '@playwright/test';
import {
  childrensComplaint,
  clearFaults,
  env,
  expectNewCaseForm,
  fileEmail,
  injectFaults,
  itemsOfCase,
  listItems,
  openNewComplaint,
  openWorkbench,
  pane,
  saveAndReadReference,
  saveNewComplaint,
  type TestEmail,
  uniqueTag,
} from './taskpane-helpers';

/**
 * Saving when SharePoint misbehaves: network drops, 429/503 past the retries, a write that
 * landed but whose answer was lost, a colleague's change (412), two officers on one email.
 * Whatever happens, nothing typed is lost and an email never makes a second case.
 */

test.afterEach(async () => clearFaults());

const casesFor = async (email: TestEmail) =>
  (await listItems('Cases')).filter((i) =>
    String(i.fields['Summary'] ?? '').includes(email.subject),
  );

const draftKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(sessionStorage).filter((k) => k.startsWith('feedback-desk.draft.')),
  );

test('a save meeting network drops, 503s and 429s past the retries keeps everything, then lands exactly once', async ({
  page,
}) => {
  const { email } = await openNewComplaint(page);
  const summary = pane(page).getByLabel('Summary', { exact: true });
  await summary.fill(`${email.subject}: cancelled visits, no review of the plan`);
  await pane(page).getByRole('checkbox', { name: 'Delay' }).check();

  // 1. The connection drops on every write.
  await injectFaults([{ drop: true, method: 'POST', times: 100 }]);
  await pane(page).getByRole('button', { name: 'Save case' }).click();
  const failure = pane(page).getByRole('alert').filter({ hasText: 'The case was not saved' });
  await expect(failure).toBeVisible({ timeout: 45_000 });
  await expect(failure).toContainText('Everything you typed is kept');
  await expect(summary).toHaveValue(`${email.subject}: cancelled visits, no review of the plan`);
  await expect(pane(page).getByRole('checkbox', { name: 'Delay' })).toBeChecked();
  expect(await draftKeys(page)).toHaveLength(1);
  await clearFaults();

  // 2. SharePoint answers 503 and 429 on every write, past the client's retries.
  await injectFaults([
    { status: 503, retryAfterSeconds: 0, method: 'POST', times: 100 },
    { status: 429, retryAfterSeconds: 0, method: 'PATCH', times: 100 },
  ]);
  await pane(page).getByRole('button', { name: 'Save case' }).click();
  await expect(failure).toBeVisible({ timeout: 45_000 });
  await expect(summary).toHaveValue(`${email.subject}: cancelled visits, no review of the plan`);
  await clearFaults();

  // 3. The writes land but their answers are lost (429, then 503): the client retries them.
  await injectFaults([
    { status: 429, retryAfterSeconds: 0, method: 'POST', afterWrite: true, times: 2 },
    { status: 503, retryAfterSeconds: 0, method: 'POST', afterWrite: true, times: 2 },
  ]);
  const reference = await saveAndReadReference(page);
  await expect(failure).toHaveCount(0);

  // Exactly one case for the email, under one reference, with one correspondence item.
  const cases = await casesFor(email);
  expect(cases.map((c) => c.fields['Reference'])).toEqual([reference]);
  const letters = await itemsOfCase('Correspondence', reference);
  expect(letters).toHaveLength(1);
  // The draft is gone once saved.
  expect(await draftKeys(page)).toEqual([]);

  // Saving the same email again (a retry after a timeout) finds the same case.
  await page.reload();
  await expect(page.getByRole('listbox', { name: 'Demo inbox' })).toBeVisible();
  await page.waitForFunction(() => 'feedbackDeskWorkbench' in window);
  await fileEmail(page, email);
  await expect(pane(page).getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
  expect(await casesFor(email)).toHaveLength(1);
});

test('an unsaved draft survives a reload of the pane, and only until it is saved', async ({
  page,
}) => {
  const { email } = await openNewComplaint(page);
  await pane(page).getByLabel('Summary', { exact: true }).fill('Half-typed summary');
  await pane(page).getByLabel('Procedure', { exact: true }).selectOption('corporate');

  await page.reload();
  await page.waitForFunction(() => 'feedbackDeskWorkbench' in window);
  await fileEmail(page, email);
  await expectNewCaseForm(page);
  await expect(pane(page).getByLabel('Summary', { exact: true })).toHaveValue('Half-typed summary');
  await expect(pane(page).getByLabel('Procedure', { exact: true })).toHaveValue('corporate');
  const reference = await saveAndReadReference(page);
  expect(reference).toMatch(/^CORP-/);
  expect(await draftKeys(page)).toEqual([]);
});

test('a colleague changed the case meanwhile (412): a plain message, reload, and the retry works', async ({
  page,
}) => {
  const { tag, email: first, reference } = await saveNewComplaint(page);
  await fileEmail(page, {
    ...first,
    id: `t-${tag}-stage2`,
    subject: `Stage 2 please ${tag}`,
    receivedAt: '2025-07-01T10:00:00Z',
    body: `Please escalate my complaint ${reference} to Stage 2.`,
  });
  await expect(pane(page).getByRole('heading', { name: `Case ${reference}` })).toBeVisible();

  // A colleague edits the case in SharePoint: its ETag changes under the pane.
  const item = (await listItems('Cases')).find((i) => i.fields['Reference'] === reference)!;
  const patched = await fetch(`${env().graph}/sites/root/lists/Cases/items/${item.id}/fields`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ Summary: `${first.subject} (edited by a colleague)` }),
  });
  expect(patched.ok).toBe(true);

  await pane(page).getByRole('button', { name: 'Escalate' }).click();
  const conflict = pane(page)
    .getByRole('alert')
    .filter({ hasText: 'A colleague changed this case' });
  await expect(conflict).toBeVisible();
  const stages = async () => (await itemsOfCase('Stages', reference)).length;
  expect(await stages()).toBe(1);

  await pane(page).getByRole('button', { name: 'Reload case' }).click();
  await expect(pane(page).getByText('(edited by a colleague)')).toBeVisible();
  await pane(page).getByRole('button', { name: 'Escalate' }).click();
  await expect(pane(page).getByRole('status').filter({ hasText: 'escalated' })).toContainText(
    'Stage 2',
  );
  expect(await stages()).toBe(2);
});

test('two officers on the same email: one case, and the second sees the first one’s', async ({
  browser,
}) => {
  const tag = uniqueTag();
  const email = childrensComplaint(tag);
  const officer = async (user: number) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openWorkbench(page);
    const picker = page.getByLabel('Signed in as');
    const upn = await picker.locator('option').nth(user).getAttribute('value');
    await picker.selectOption(upn!);
    await fileEmail(page, email);
    await expectNewCaseForm(page);
    return { context, page };
  };
  // Both have the form open before either saves.
  const a = await officer(0);
  const b = await officer(1);
  const reference = await saveAndReadReference(a.page);
  // The second officer's save finds the first's case instead of making another.
  expect(await saveAndReadReference(b.page)).toBe(reference);
  expect((await casesFor(email)).map((c) => c.fields['Reference'])).toEqual([reference]);

  // A third look at the email shows the case straight away.
  const c = await browser.newContext();
  const page = await c.newPage();
  await openWorkbench(page);
  await fileEmail(page, email);
  await expect(pane(page).getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
  await expect(pane(page).getByText('This email is already on this case.')).toBeVisible();
  await Promise.all([a.context.close(), b.context.close(), c.close()]);
});

test("the council's settings cannot be read: the pane says so calmly, offers the standard areas and still saves", async ({
  page,
}) => {
  // Every read of the Settings list answers 503, past the client's retries; nothing else fails.
  const lists = (await (await fetch(`${env().graph}/sites/root/lists`)).json()) as {
    value: Array<{ id: string; displayName: string }>;
  };
  const settingsList = lists.value.find((l) => l.displayName === 'Settings');
  expect(settingsList, 'the Settings list on the demo site').toBeTruthy();
  await injectFaults([
    {
      status: 503,
      retryAfterSeconds: 0,
      method: 'GET',
      pathPattern: `/lists/${settingsList!.id}`,
      times: 1000,
    },
  ]);

  const { email } = await openNewComplaint(page);
  const note = pane(page).getByRole('status').filter({ hasText: 'Standard settings in use' });
  await expect(note).toContainText("The council's settings could not be read");
  await expect(note).toContainText('Cases save as usual');
  // Not an alarm: a status, never an alert.
  await expect(pane(page).getByRole('alert').filter({ hasText: 'settings' })).toHaveCount(0);
  // The standard service areas are offered and can be chosen.
  const area = pane(page).getByLabel('Service area');
  await area.selectOption({ label: 'Children in care' });
  await expect(area).toHaveValue('Children in care');

  const reference = await saveAndReadReference(page);
  const cases = await casesFor(email);
  expect(cases.map((c) => c.fields['Reference'])).toEqual([reference]);
  expect(cases[0]?.fields['ServiceArea']).toBe('Children in care');
});
