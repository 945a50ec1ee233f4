import { expect, test } from '@playwright/test';
import {
  env,
  expectFitsWidth,
  itemsOfCase,
  openNewComplaint,
  pane,
  saveAndReadReference,
} from './taskpane-helpers';
import { axeViolations } from './axe';
import { ukDate } from './dates';

/** Letters from the pane: the acknowledgement drafted, previewed, confirmed and recorded. */

test('a saved complaint is acknowledged in one step: the letter holds the reference and due date in words, and the date is recorded', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  // Received Tue 10 Jun 2025: a children's Stage 1 response is due 10 working days later.
  const { email } = await openNewComplaint(page);
  const reference = await saveAndReadReference(page);

  await pane(page).getByRole('button', { name: 'Draft acknowledgement' }).click();
  const preview = pane(page).getByRole('region', { name: 'Letter preview' });
  await expect(preview).toContainText(reference);
  await expect(preview).toContainText('24 June 2025');
  await expect(preview).toContainText(`Dear ${email.from.name}`);
  await expect(preview).toContainText('advocate');
  await expect(pane(page).getByRole('status').filter({ hasText: 'Reply preview' })).toBeVisible();
  await expectFitsWidth(page);
  expect(await axeViolations(page, { within: 'main' })).toEqual([]);

  // "Today" is taken on both sides of the click: run at midnight in England, either is right.
  const dayBefore = ukDate();
  await pane(page).getByRole('button', { name: 'Mark acknowledgement sent today' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Recorded on ${reference}` }),
  ).toBeVisible();
  await expect(preview).toHaveCount(0);

  // SharePoint holds the date on the case's stage.
  const stages = await itemsOfCase('Stages', reference);
  expect(stages).toHaveLength(1);
  // A date column holds midnight in England as UTC: 4 Dec → 2026-12-04T00:00:00Z, 4 Jun → 2026-06-03T23:00:00Z.
  const stored = String(stages[0]!.fields['Acknowledged']);
  expect([dayBefore, ukDate()], stored).toContain(ukDate(new Date(stored)));

  // The Teams tab's Timeliness view shows it on the case's timeline.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env().web}tab.html`);
  await expect(page.getByRole('tab', { name: 'Timeliness' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Timeliness' }).click();
  await page.getByLabel('Procedure').selectOption({ label: "Children's social care (statutory)" });
  const row = page.getByRole('row').filter({ hasText: reference });
  await row.getByRole('button', { name: reference }).click();
  const panel = page.getByRole('dialog', { name: `Case ${reference}` });
  await expect(panel.getByRole('list', { name: `Timeline of case ${reference}` })).toContainText(
    'Stage 1 acknowledged',
  );
});
