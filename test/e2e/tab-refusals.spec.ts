import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import { axeViolations } from './axe';
import { loadParts, openView, reportYear, uniqueTag, useTabSite } from './tabFixtures';

/**
 * The refusal register (issue 16, the Complaint Handling Code 2.2 and 2.4): a complaints
 * manager records a complaint not accepted, with the reason and the Ombudsman signposted, and
 * corrects it; an officer reads the register but is offered no form. SharePoint is read back
 * through the real Graph store.
 */
const site = useTabSite();

// Six years before this one, the oldest the views offer: no seed writes refusals there.
const { year, start, inYear } = reportYear(6);

const openRecords = (page: Page, as: { name: string }) =>
  openView(page, site.stack, { as, view: 'Ombudsman and costs', year });
const refusals = async () => (await loadParts(site.store, ['refusals'])).refusals;

test('a complaints manager records a refused complaint with its reason, then corrects it', async ({
  page,
}) => {
  const words = `Anonymous letter, no address to reply to (${uniqueTag()})`;
  await openRecords(page, demoPeople.complaintsManager);
  await page.getByRole('button', { name: 'Record a refused complaint' }).click();
  const form = page.getByRole('form', { name: 'Record a refused complaint' });
  await expect(form.getByRole('heading', { name: 'Record a refused complaint' })).toBeFocused();
  const signposted = form.getByRole('checkbox', { name: /go to the Ombudsman/ });
  await expect(signposted).toBeChecked();

  // Nothing chosen: each missing answer is named under its field, and nothing is sent.
  const before = (await refusals()).length;
  await form.getByRole('button', { name: 'Save refusal' }).click();
  await expect(form.getByText('Choose why it was not accepted')).toBeVisible();
  await expect(form.getByText('Enter the date it was refused')).toBeVisible();
  expect(await refusals()).toHaveLength(before);

  await form.getByLabel('Complaint received').fill(inYear('06-02'));
  await form.getByLabel('Refused on').fill(inYear('06-09'));
  await form.getByLabel('Procedure').selectOption({ label: 'Corporate' });
  await form.getByLabel('Service area').selectOption('Council tax');
  await form.getByLabel('Reason not accepted').selectOption({ label: 'Other reason' });
  await form.getByRole('textbox', { name: /^Other reason/ }).fill(words);
  expect(await axeViolations(page)).toEqual([]);
  await form.getByRole('textbox', { name: /^Other reason/ }).press('Enter');

  await expect(
    page.getByRole('status').filter({ hasText: /Refusal REF-\d{4}-\d{4} saved/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record a refused complaint' })).toBeFocused();
  const listed = page.getByRole('list', { name: `Complaints refused in ${year}` });
  await expect(listed).toContainText(words);
  await expect(listed).toContainText('Ombudsman signposted');

  const saved = (await refusals()).find((r) => r.value.reasonOther === words);
  expect(saved?.value).toEqual({
    schemaVersion: 1,
    id: expect.stringMatching(new RegExp(`^REF-${start}-\\d{4}$`)),
    received: inYear('06-02'),
    refused: inYear('06-09'),
    procedure: 'corporate',
    serviceArea: 'Council tax',
    reason: 'other',
    reasonOther: words,
    signposted: true,
  });
  const id = saved!.value.id;

  // Corrected: it was late after all, and the letter did not signpost the Ombudsman.
  await page.getByRole('button', { name: `Edit refusal ${id}` }).click();
  const edit = page.getByRole('form', { name: `Refusal ${id}` });
  await edit.getByLabel('Reason not accepted').selectOption({ label: 'Outside the time limit' });
  await edit.getByRole('checkbox', { name: /go to the Ombudsman/ }).uncheck();
  await edit.getByRole('button', { name: 'Save refusal' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Refusal ${id} saved` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Edit refusal ${id}` })).toBeFocused();
  await expect(listed).toContainText('Outside the time limit; Ombudsman not signposted');
  const edited = (await refusals()).find((r) => r.value.id === id);
  expect(edited?.value).toMatchObject({ reason: 'outside_time_limit', signposted: false });
  expect(edited?.value).not.toHaveProperty('reasonOther');

  // The corporate annual report counts it under its reason (earlier runs' refusals included).
  const late = (await refusals()).filter(
    (r) =>
      r.value.procedure === 'corporate' &&
      r.value.reason === 'outside_time_limit' &&
      r.value.refused.startsWith(`${start}-`),
  ).length;
  await page.getByRole('tab', { name: 'Annual report' }).click();
  await page.getByLabel('Financial year', { exact: true }).selectOption(year);
  await page
    .getByLabel('Procedure', { exact: true })
    .selectOption({ label: 'Corporate (Complaint Handling Code)' });
  const byReason = page.getByRole('table', { name: 'Complaints refused, by reason' });
  await expect(byReason.getByRole('row', { name: /Outside the time limit/ })).toContainText(
    String(late),
  );
});

test('an officer reads the refusal register but is offered no form', async ({ page }) => {
  const id = `REF-${start}-9${uniqueTag().replace(/\D/g, '').padEnd(3, '1').slice(0, 3)}`;
  const written = await site.store.saveRefusal({
    schemaVersion: 1,
    id,
    received: inYear('09-01'),
    refused: inYear('09-03'),
    procedure: 'adults_statutory',
    reason: 'handled_elsewhere',
    signposted: true,
  });
  expect(written.ok).toBe(true);
  await openRecords(page, demoPeople.officer);
  await expect(
    page.getByText('Only complaints managers can record Ombudsman cases, costs and refused', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: `Complaints refused in ${year}` })).toContainText(
    `${id} (Adult social care (statutory)`,
  );
  await expect(page.getByRole('button', { name: 'Record a refused complaint' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Edit refusal/ })).toHaveCount(0);
  await expect(page.getByRole('form')).toHaveCount(0);
});
