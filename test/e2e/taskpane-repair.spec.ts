import { expect, test } from '@playwright/test';
import {
  childrensComplaint,
  clearFaults,
  env,
  expectFitsWidth,
  fileEmail,
  injectFaults,
  itemsOfCase,
  listItems,
  openNewComplaint,
  pane,
  uniqueTag,
} from './taskpane-helpers';
import { axeViolations } from './axe';

/**
 * A save that stops half-way repairs itself: the case is made, the archive upload fails once;
 * the pane says exactly what was saved and what was not, and reopening the email finishes the
 * job, leaving one case, one correspondence item and one archived email.
 */

test.afterEach(async () => clearFaults());

async function archivedFiles(reference: string): Promise<string[]> {
  const response = await fetch(
    `${env().graph}/sites/root/lists/${encodeURIComponent('Archived emails')}/drive/root:/${reference}:/children`,
  );
  if (response.status === 404) return [];
  expect(response.ok, `archive folder of ${reference}: HTTP ${response.status}`).toBe(true);
  return ((await response.json()) as { value: { name: string }[] }).value.map((f) => f.name);
}

test('a save meeting a failed archive upload is completed on reopening the email, exactly once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  const { email } = await openNewComplaint(page);

  // SharePoint refuses the archive upload once (a 500 is not retried).
  await injectFaults([{ status: 500, method: 'PUT', pathPattern: '\\.eml' }]);
  await pane(page).getByRole('button', { name: 'Save case' }).click();
  const half = pane(page).getByRole('status').filter({ hasText: 'without this email' });
  await expect(half).toBeVisible({ timeout: 30_000 });
  const reference = /\b([A-Z]+-\d{4}-\d{4,})\b/.exec(await half.innerText())?.[1] ?? '';
  expect(reference).not.toBe('');
  await expect(half).toContainText('saved with its details and its Stage 1 record');
  await expect(half).toContainText('was not archived and is not in the case');
  await expect(pane(page).getByRole('button', { name: 'Archive this email' })).toBeVisible();
  expect(await itemsOfCase('Correspondence', reference)).toHaveLength(0);
  expect(await archivedFiles(reference)).toEqual([]);
  await expectFitsWidth(page);
  expect(await axeViolations(page, { within: 'main' })).toEqual([]);

  // The officer moves on to another email, then comes back to this one.
  const other = childrensComplaint(uniqueTag());
  await fileEmail(page, other);
  await expect(pane(page).getByRole('button', { name: 'Save case' })).toBeVisible();
  await page.getByRole('option', { name: email.subject, exact: true }).click();
  await expect(
    pane(page)
      .getByRole('status')
      .filter({ hasText: `Save finished: this email is archived and in ${reference}` }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(pane(page).getByRole('button', { name: 'Archive this email' })).toHaveCount(0);

  // Exactly one case for the email, one correspondence item, one archived file (through Graph).
  const cases = (await listItems('Cases')).filter((c) =>
    String(c.fields['Summary'] ?? '').includes(email.subject),
  );
  expect(cases.map((c) => c.fields['Reference'])).toEqual([reference]);
  const letters = await itemsOfCase('Correspondence', reference);
  expect(letters).toHaveLength(1);
  expect(String(letters[0]!.fields['ArchivePath'])).toContain(`${reference}/`);
  expect(await archivedFiles(reference)).toHaveLength(1);
  expect(await itemsOfCase('Stages', reference)).toHaveLength(1);

  // Opening it a third time changes nothing and offers nothing more to repair.
  await page.getByRole('option', { name: other.subject, exact: true }).click();
  await page.getByRole('option', { name: email.subject, exact: true }).click();
  await expect(pane(page).getByText('This email is already on this case.')).toBeVisible();
  await expect(pane(page).getByRole('button', { name: 'Archive this email' })).toHaveCount(0);
  expect(await itemsOfCase('Correspondence', reference)).toHaveLength(1);
  expect(await archivedFiles(reference)).toHaveLength(1);
});

test('a save whose Stage 1 record is refused says so, and Archive this email writes it, once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  const { email } = await openNewComplaint(page);
  const stages = (await (await fetch(`${env().graph}/sites/root/lists/Stages`)).json()) as {
    id: string;
  };

  // SharePoint refuses the new stage once, after the case itself was written.
  await injectFaults([{ status: 500, method: 'POST', pathPattern: `/lists/${stages.id}/items$` }]);
  await pane(page).getByRole('button', { name: 'Save case' }).click();
  const half = pane(page).getByRole('status').filter({ hasText: 'without this email' });
  await expect(half).toBeVisible({ timeout: 30_000 });
  const reference = /\b([A-Z]+-\d{4}-\d{4,})\b/.exec(await half.innerText())?.[1] ?? '';
  expect(reference).not.toBe('');
  // Exactly what is saved: the case, not its Stage 1 record, not the email.
  await expect(half).toContainText('but not yet its Stage 1 record');
  expect(await itemsOfCase('Stages', reference)).toHaveLength(0);
  expect(await itemsOfCase('Correspondence', reference)).toHaveLength(0);

  await pane(page).getByRole('button', { name: 'Archive this email' }).click();
  await expect(
    pane(page)
      .getByRole('status')
      .filter({ hasText: `Save finished: this email is archived and in ${reference}` }),
  ).toBeVisible({ timeout: 30_000 });
  const written = await itemsOfCase('Stages', reference);
  expect(written.map((s) => [s.fields['StageNumber'], s.fields['Requested']])).toHaveLength(1);
  expect(await itemsOfCase('Correspondence', reference)).toHaveLength(1);
  const cases = (await listItems('Cases')).filter((c) =>
    String(c.fields['Summary'] ?? '').includes(email.subject),
  );
  expect(cases).toHaveLength(1);
});
