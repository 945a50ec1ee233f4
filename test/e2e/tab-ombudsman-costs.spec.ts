import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import { axeViolations } from './axe';
import { loadParts, openView, reportYear, uniqueTag, useTabSite } from './tabFixtures';

/**
 * The records that had no form (issue 16): a complaints manager records an Ombudsman decision
 * not linked to any case, for the children's procedure, with a payment remedy, and finds it in
 * that procedure's annual report; records a cost; and meets a colleague's save in between
 * (412) without losing what they typed. SharePoint is read back through the real Graph store.
 */
const site = useTabSite();

// Six years before this one, the oldest the views offer: no other test and no seed writes there.
const { year, start, inYear } = reportYear(6);

const openRecords = (page: Page, as: { name: string } = demoPeople.complaintsManager) =>
  openView(page, site.stack, { as, view: 'Ombudsman and costs', year });
const snapshot = () => loadParts(site.store, ['ombudsman', 'costs']);

test('an Ombudsman decision not linked to a case, with a payment, counts in the children’s report', async ({
  page,
}) => {
  const tag = uniqueTag();
  const reference = `E2E ${tag}`;
  await openRecords(page);
  await page.getByRole('button', { name: 'Record an Ombudsman case' }).click();
  const form = page.getByRole('form', { name: 'Record an Ombudsman case' });
  await expect(form.getByRole('heading', { name: 'Record an Ombudsman case' })).toBeFocused();

  await form.getByLabel('Ombudsman reference').fill(reference);
  await form.getByLabel('Procedure').selectOption({ label: "Children's social care (statutory)" });
  await form.getByLabel('Service area').selectOption('Fostering');
  await form.getByLabel('Received by the Ombudsman').fill(inYear('05-12'));
  await form.getByLabel('Decided').fill(inYear('11-03'));
  await form.getByLabel('Decision').selectOption({ label: 'Investigated: upheld' });
  await form.getByRole('checkbox', { name: 'Fault causing injustice' }).check();
  await form.getByRole('checkbox', { name: 'Issued as a public report' }).check();
  await form.getByRole('checkbox', { name: 'Apology' }).check();
  await form.getByRole('checkbox', { name: 'Payment' }).check();
  await form.getByLabel('Compliance due').fill(inYear('12-15'));
  expect(await axeViolations(page)).toEqual([]);

  // A payment remedy without its amount is refused before anything is sent.
  await form.getByRole('button', { name: 'Save Ombudsman case' }).click();
  await expect(form.getByText('Enter the payment the Ombudsman asked for')).toBeVisible();
  expect((await snapshot()).ombudsman.some((o) => o.value.reference === reference)).toBe(false);

  // Typed and saved from the keyboard (Enter in a field submits the form).
  await form.getByLabel('Payment (£)').fill('£1,250');
  await form.getByLabel('Payment (£)').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${reference} saved` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record an Ombudsman case' })).toBeFocused();
  await expect(page.getByRole('list', { name: `Ombudsman cases in ${year}` })).toContainText(
    reference,
  );

  const saved = (await snapshot()).ombudsman.find((o) => o.value.reference === reference);
  expect(saved?.value).toEqual({
    schemaVersion: 1,
    reference,
    procedure: 'children_statutory',
    serviceArea: 'Fostering',
    received: inYear('05-12'),
    decided: inYear('11-03'),
    decision: 'upheld',
    injustice: true,
    publicReport: true,
    remedyAmount: 1250,
    remedyTypes: ['apology', 'payment'],
    complianceDue: inYear('12-15'),
  });

  // The children's report for that year counts it: every payment recorded there (this test's
  // earlier runs included), none of them linked to a case.
  const decidedThere = (await snapshot()).ombudsman.filter(
    (o) => o.value.procedure === 'children_statutory' && o.value.decided?.startsWith(`${start}-`),
  );
  const paid = decidedThere.reduce((sum, o) => sum + o.value.remedyAmount, 0);
  const publicReports = decidedThere.filter((o) => o.value.publicReport === true).length;
  await page.getByRole('tab', { name: 'Annual report' }).click();
  await page.getByLabel('Financial year', { exact: true }).selectOption(year);
  await page
    .getByLabel('Procedure', { exact: true })
    .selectOption({ label: "Children's social care (statutory)" });
  const payments = page.getByRole('table', { name: 'Payments the Ombudsman recommended' });
  await expect(payments.getByRole('row', { name: /Remedy payments/ })).toContainText(
    paid.toLocaleString('en-GB'),
  );
  await expect(
    page.getByRole('table', { name: 'Ombudsman decisions by service area' }).getByRole('row', {
      name: /Fostering/,
    }),
  ).toBeVisible();
  // A public report is counted in the uphold-rates table.
  await expect(
    page
      .getByRole('table', { name: 'Uphold rates' })
      .getByRole('row', { name: /Issued as public reports/ })
      .getByRole('cell')
      .nth(1), // the row's label is its header; then last year, this year, the change
  ).toHaveText(String(publicReports));
});

test('a cost is recorded; a colleague’s save in between keeps the typing, and Reload lets it through', async ({
  page,
}) => {
  const tag = uniqueTag();
  const note = `Mediation sessions ${tag}`;
  await openRecords(page);
  await page.getByRole('button', { name: 'Record a cost' }).click();
  const form = page.getByRole('form', { name: 'Record a cost' });
  await form.getByLabel('Date').fill(inYear('07-14'));
  await form.getByLabel('Kind of cost').selectOption({ label: 'Mediation' });
  await form.getByLabel('Amount (£)').fill('480');
  await form.getByLabel('Procedure').selectOption({ label: 'Adult social care (statutory)' });
  await form.getByLabel('Note').fill(note);
  await form.getByRole('button', { name: 'Save cost' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Cost COST-\d{4}-\d{4} saved/ }),
  ).toBeVisible();
  const saved = (await snapshot()).costs.find((c) => c.value.note === note);
  expect(saved?.value).toMatchObject({
    date: inYear('07-14'),
    type: 'mediation',
    amount: 480,
    procedure: 'adults_statutory',
  });
  expect(saved?.value.caseReference).toBeUndefined();

  // Edit it; meanwhile a colleague changes its amount.
  await page.getByRole('button', { name: `Edit cost ${saved!.value.id}` }).click();
  const edit = page.getByRole('form', { name: `Cost ${saved!.value.id}` });
  await edit.getByLabel('Amount (£)').fill('520.75');
  const theirs = await site.store.saveCost({ ...saved!.value, amount: 500 }, saved!.etag);
  expect(theirs.ok).toBe(true);
  await edit.getByRole('button', { name: 'Save cost' }).click();
  await expect(edit.getByRole('alert')).toContainText('A colleague changed this cost');
  await expect(edit.getByLabel('Amount (£)')).toHaveValue('520.75');
  expect((await snapshot()).costs.find((c) => c.value.note === note)?.value.amount).toBe(500);
  await edit.getByRole('button', { name: 'Reload' }).click();
  await expect(edit.getByRole('alert')).toHaveCount(0);
  await expect(edit.getByLabel('Amount (£)')).toHaveValue('520.75');
  await edit.getByRole('button', { name: 'Save cost' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${saved!.value.id} saved` }),
  ).toBeVisible();
  expect((await snapshot()).costs.find((c) => c.value.note === note)?.value.amount).toBe(520.75);
  expect(await axeViolations(page)).toEqual([]);
});

test('the Ombudsman’s figures for the council are entered beside the demand figures and printed in the report', async ({
  page,
}) => {
  // Different on every run: a value already saved and typed again is not a change to keep.
  const enquiries = 100 + Math.floor(Math.random() * 900);
  const decisions = 40 + Math.floor(Math.random() * 50);
  // The colleague's figure differs on every run, so seeing it proves their save was read.
  const reports = 2 + Math.floor(Math.random() * 1000);
  await openView(page, site.stack, {
    as: demoPeople.complaintsManager,
    view: 'Annual report',
    year,
  });
  await page
    .getByLabel('Procedure', { exact: true })
    .selectOption({ label: 'Corporate (Complaint Handling Code)' });
  const form = page.getByRole('form', { name: `The Ombudsman's figures for ${year}` });
  await form.getByLabel(`Complaints and enquiries received in ${year}`).fill(String(enquiries));
  await form.getByLabel(`Decisions made in ${year}`).fill(String(decisions));
  await form.getByLabel(`Upheld, of detailed investigations (%) in ${year}`).fill('175');
  await form.getByRole('button', { name: 'Save the Ombudsman’s figures' }).click();
  await expect(form.getByText('Enter a percentage from 0 to 100')).toBeVisible();
  await form.getByLabel(`Upheld, of detailed investigations (%) in ${year}`).fill('75');

  // A colleague saves the year's figures first: ours are refused, kept, and go in after Reload.
  const before = await site.store.readOmbudsmanYear(year);
  if (!before.ok) throw new Error(before.error.message);
  const theirs = await site.store.saveOmbudsmanYear(
    { schemaVersion: 1, year, publicReports: reports },
    { etag: before.value?.etag },
  );
  expect(theirs.ok).toBe(true);
  await form.getByRole('button', { name: 'Save the Ombudsman’s figures' }).click();
  await expect(form.getByRole('alert')).toContainText('A colleague changed');
  await expect(form.getByLabel(`Decisions made in ${year}`)).toHaveValue(String(decisions));
  await form.getByRole('button', { name: 'Reload' }).click();
  await expect(form.getByLabel(`Public reports in ${year}`)).toHaveValue(String(reports));
  await expect(form.getByLabel(`Decisions made in ${year}`)).toHaveValue(String(decisions));
  await form.getByLabel(`Decisions made in ${year}`).press('Enter');
  await expect(form.getByRole('status')).toContainText(`figures for ${year} saved`);
  const saved = await site.store.readOmbudsmanYear(year);
  expect(saved.ok && saved.value?.value).toEqual({
    schemaVersion: 1,
    year,
    enquiriesReceived: enquiries,
    decisions,
    upheldPercent: 75,
    publicReports: reports,
  });

  const printed = page.getByRole('table', { name: "The Ombudsman's figures for the council" });
  await expect(printed.getByRole('row', { name: /Decisions made/ })).toContainText(
    String(decisions),
  );
  await expect(
    printed.getByRole('row', { name: /Upheld, of detailed investigations/ }),
  ).toContainText('75%');
  expect(await axeViolations(page)).toEqual([]);
});

test('an officer reads the records and the Ombudsman’s figures but is offered no form', async ({
  page,
}) => {
  const reference = `E2E ${uniqueTag()}`;
  const written = await site.store.saveOmbudsmanCase({
    schemaVersion: 1,
    reference,
    procedure: 'corporate',
    received: inYear('08-01'),
    remedyAmount: 0,
    remedyTypes: [],
  });
  expect(written.ok).toBe(true);
  await openRecords(page, demoPeople.officer);
  await expect(
    page.getByText(
      'Only complaints managers can record Ombudsman cases, costs and refused complaints.',
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: `Ombudsman cases in ${year}` })).toContainText(
    reference,
  );
  await expect(page.getByRole('button', { name: 'Record an Ombudsman case' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record a cost' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Annual report' }).click();
  await page.getByLabel('Financial year', { exact: true }).selectOption(year);
  const form = page.getByRole('form', { name: `The Ombudsman's figures for ${year}` });
  await expect(form.getByLabel(`Decisions made in ${year}`)).toHaveAttribute('readonly', '');
  await expect(form.getByRole('button', { name: 'Save the Ombudsman’s figures' })).toHaveCount(0);
});

test('an Ombudsman finding that the Code was not followed is recorded and listed in the corporate report', async ({
  page,
}) => {
  const tag = uniqueTag();
  const reference = `E2E ${tag}`;
  const finding = `Did not acknowledge the complaint within 5 working days (${tag}).`;
  await openRecords(page);
  await page.getByRole('button', { name: 'Record an Ombudsman case' }).click();
  const form = page.getByRole('form', { name: 'Record an Ombudsman case' });
  await form.getByLabel('Ombudsman reference').fill(reference);
  await form.getByLabel('Procedure').selectOption({ label: 'Corporate' });
  await form.getByLabel('Received by the Ombudsman').fill(inYear('06-02'));
  await form.getByLabel('Decided').fill(inYear('09-18'));
  await form.getByLabel('Decision').selectOption({ label: 'Investigated: upheld' });
  await form.getByRole('checkbox', { name: 'Apology' }).check();
  await form
    .getByLabel('Finding of non-compliance with the Complaint Handling Code')
    .fill(`  ${finding} `);
  expect(await axeViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Save Ombudsman case' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${reference} saved` })).toBeVisible();
  const saved = (await snapshot()).ombudsman.find((o) => o.value.reference === reference);
  expect(saved?.value.codeNonCompliance).toBe(finding);

  await page.getByRole('tab', { name: 'Annual report' }).click();
  await page.getByLabel('Financial year', { exact: true }).selectOption(year);
  await page
    .getByLabel('Procedure', { exact: true })
    .selectOption({ label: 'Corporate (Complaint Handling Code)' });
  const findings = page.getByRole('table', { name: 'Findings of non-compliance with the Code' });
  await expect(findings.getByRole('row', { name: new RegExp(reference) })).toContainText(finding);
});

test('a record’s case box offers the cases whose reference holds what is typed, and names the one chosen', async ({
  page,
}) => {
  const cases = (await loadParts(site.store, ['cases'])).cases.map((c) => c.value);
  const chosen = cases.find((c) => c.type === 'complaint' && c.procedure === 'children_statutory')!;
  await openRecords(page);
  await page.getByRole('button', { name: 'Record a cost' }).click();
  const form = page.getByRole('form', { name: 'Record a cost' });
  const box = form.getByLabel('Case reference (if linked to a case)');
  // Part of the reference, in lower case: the browser's list offers it among the others.
  await box.fill(chosen.reference.slice(0, 8).toLowerCase());
  const list = page.locator(`datalist#${await box.getAttribute('list')} option`);
  await expect(list.filter({ hasText: '' }).first()).toBeAttached();
  expect(await list.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain(
    chosen.reference,
  );
  // The whole reference: the case is named in words under the box.
  await box.fill(chosen.reference);
  await expect(form).toContainText(`Complaint, Children's social care (statutory)`);
  await expect(form).toContainText('received ');
  expect(await axeViolations(page)).toEqual([]);
});
