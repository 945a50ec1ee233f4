import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import {
  env,
  expectFitsWidth,
  fileEmail,
  itemsOfCase,
  listItems,
  pane,
  saveNewComplaint,
} from './taskpane-helpers';

/**
 * A case saved by mistake (here: the same matter saved twice) is withdrawn from the pane with
 * its reason: the stage's and the case's outcome, the reason kept with the version SharePoint
 * stamped, and the case is no longer among the sender's open cases.
 */
test('a duplicate case is withdrawn with its reason and leaves the open cases', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  const { tag, email, reference } = await saveNewComplaint(page);

  await pane(page).getByRole('button', { name: 'Withdraw this case…' }).click();
  const form = pane(page).getByRole('form', { name: 'Withdraw this case' });
  await expect(form).toBeVisible();
  expect(await axeViolations(page, { within: 'main' })).toEqual([]);
  // No reason, no withdrawal.
  await form.getByRole('button', { name: 'Withdraw case' }).click();
  await expect(form.getByText('Choose why the case is withdrawn.')).toBeVisible();
  await form.getByRole('radio', { name: 'A duplicate of another case' }).check();
  // A duplicate names the case it duplicates: none, then one that does not exist, are refused.
  await form.getByRole('button', { name: 'Withdraw case' }).click();
  await expect(form.getByText('Give the reference of the case it duplicates.')).toBeVisible();
  const duplicated = form.getByLabel('The case it duplicates');
  await duplicated.fill('CSC-2099-9999');
  await form.getByRole('button', { name: 'Withdraw case' }).click();
  await expect(
    pane(page).getByText('There is no case CSC-2099-9999 for this one to duplicate.', {
      exact: false,
    }),
  ).toBeVisible();
  const original = (await listItems('Cases')).find(
    (i) => i.fields['Reference'] !== reference && i.fields['CaseStatus'] === 'open',
  )!.fields['Reference'] as string;
  await duplicated.fill(original.toLowerCase());
  await form.getByLabel('Details (optional)').fill('the same letter sent twice');
  await form.getByRole('button', { name: 'Withdraw case' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${reference} closed on` }),
  ).toContainText('a duplicate of another case');
  await expect(pane(page).getByText('closed', { exact: true })).toBeVisible();
  await expect(pane(page).getByRole('button', { name: 'Withdraw this case…' })).toHaveCount(0);
  // Withdrawn, it is not offered for escalation (the store refuses it too).
  await expect(pane(page).getByLabel('Escalate to')).toHaveCount(0);
  await expectFitsWidth(page);

  // In SharePoint: closed, withdrawn, the reason with the version, who and when stamped.
  const item = (await listItems('Cases')).find((i) => i.fields['Reference'] === reference)!;
  expect(item.fields).toMatchObject({
    CaseStatus: 'closed',
    Outcome: 'withdrawn',
    // A field, not only words: the figures leave a duplicate out by it.
    WithdrawnAs: 'duplicate',
    DuplicateOf: original,
    ChangeReason: `Withdrawn: a duplicate of another case, ${original} (the same letter sent twice).`,
  });
  const stamped = (await (
    await fetch(`${env().graph}/sites/root/lists/Cases/items/${item.id}`)
  ).json()) as {
    lastModifiedBy?: { user?: { displayName?: string } };
    lastModifiedDateTime?: string;
  };
  expect(stamped.lastModifiedBy?.user?.displayName).toBeTruthy();
  expect(stamped.lastModifiedDateTime).toMatch(/^\d{4}-\d\d-\d\dT/);
  const stages = await itemsOfCase('Stages', reference);
  expect(stages.map((s) => s.fields['Outcome'])).toEqual(['withdrawn']);

  // A new email from the same sender in another thread: no open case is offered.
  const senderLookup = page.waitForResponse((r) =>
    decodeURIComponent(r.url()).includes('FromAddress eq'),
  );
  await fileEmail(page, {
    ...email,
    id: `t-${tag}-later`,
    subject: `Another matter ${tag}`,
    receivedAt: '2025-06-20T09:00:00Z',
    body: 'I want to complain about the state of the park near my house. The bins are overflowing.',
  });
  await expect(pane(page).getByRole('button', { name: 'Save case' })).toBeVisible({
    timeout: 15_000,
  });
  expect((await senderLookup).ok()).toBe(true);
  await expect(pane(page).getByRole('list', { name: 'Open cases from this sender' })).toHaveCount(
    0,
  );
});
