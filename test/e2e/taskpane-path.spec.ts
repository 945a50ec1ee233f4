import { expect, test } from '@playwright/test';
import {
  expectFitsWidth,
  fileEmail,
  itemsOfCase,
  listItems,
  openNewComplaint,
  pane,
  saveAndReadReference,
} from './taskpane-helpers';

/** A complaint's whole path from the pane, at Outlook's narrowest width (320 px). */

test('a Stage 1 complaint with its response is reopened at Stage 2 from the reply, one case, clock from the request', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  const { tag, email: first } = await openNewComplaint(page);
  const reference = await saveAndReadReference(page);

  await pane(page)
    .getByRole('button', { name: /Record acknowledgement/ })
    .click();
  const form = pane(page).getByRole('form', { name: 'Record on this stage' });
  await form.getByLabel('What happened').selectOption('responded');
  await form.getByLabel('On', { exact: true }).fill('2025-06-20');
  await form.getByRole('button', { name: 'Record' }).click();
  await expect(pane(page).getByText('closed', { exact: true })).toBeVisible();

  // The complainant replies in the same conversation, asking for Stage 2.
  await fileEmail(page, {
    ...first,
    id: `t-${tag}-reply`,
    subject: `RE: ${first.subject}`,
    receivedAt: '2025-07-01T10:00:00Z',
    body: 'I am not satisfied with your response and I want my complaint to go to Stage 2.',
  });
  await expect(pane(page).getByRole('heading', { name: `Case ${reference}` })).toBeVisible();
  await expect(pane(page).getByText(/Escalating reopens the case/)).toBeVisible();
  await expect(pane(page).getByLabel('Escalate to', { exact: true })).toHaveValue('2');
  await expect(pane(page).getByLabel('Escalation requested on', { exact: true })).toHaveValue(
    '2025-07-01',
  );
  await pane(page).getByRole('button', { name: 'Escalate' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'reopened and escalated' }),
  ).toContainText('Stage 2, requested on 1 July 2025');
  // Children's Stage 2: 25 working days from the request, Tue 1 Jul 2025 → Tue 5 Aug 2025.
  await expect(pane(page).getByRole('list', { name: `Due dates for ${reference}` })).toContainText(
    'Stage 2 response: due 5 August 2025',
  );
  await expect(pane(page).getByText('open', { exact: true })).toBeVisible();
  await expectFitsWidth(page);

  // One case, reopened at Stage 2; its stages 1 and 2; both emails on it.
  const cases = (await listItems('Cases')).filter((i) => i.fields['Reference'] === reference);
  expect(cases).toHaveLength(1);
  expect(cases[0]!.fields).toMatchObject({ CaseStatus: 'open', CurrentStage: 2 });
  const stages = await itemsOfCase('Stages', reference);
  expect(stages.map((s) => s.fields['StageNumber']).sort()).toEqual([1, 2]);
  expect(await itemsOfCase('Correspondence', reference)).toHaveLength(2);
});

test('an early resolution that did not resolve it goes to Stage 1', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await openNewComplaint(page);
  await pane(page).getByLabel('Stage', { exact: true }).selectOption('0');
  const reference = await saveAndReadReference(page);
  await expect(pane(page).getByLabel('Escalate to', { exact: true })).toHaveValue('1');
  await pane(page).getByLabel('Escalation requested on', { exact: true }).fill('2025-06-16');
  await pane(page).getByRole('button', { name: 'Escalate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'escalated' })).toContainText(
    `${reference} escalated to Stage 1, requested on 16 June 2025`,
  );
  const stages = await itemsOfCase('Stages', reference);
  expect(stages.map((s) => s.fields['StageNumber']).sort()).toEqual([0, 1]);
});
