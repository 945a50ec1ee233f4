import { expect, test } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import { axeViolations } from './axe';
import { reportYear } from './dates';
import {
  env,
  expectNewCaseForm,
  fileEmail,
  listItems,
  openWorkbench,
  pane,
  saveAndReadReference,
  uniqueTag,
} from './taskpane-helpers';

/**
 * A compliment saved from Outlook keeps the procedure the officer chose and the words the
 * complimenter agreed may be quoted, and the adults' annual report prints them (issue 16: before,
 * a compliment from the pane counted in no procedure and had no quotation).
 */

// Six years before this one, the oldest year the tab offers: no seed and no other test writes
// adults' compliments there.
const { year, start } = reportYear(6);

test('a compliment saved in the pane under the adults’ procedure is in the adults’ report with its quotation', async ({
  page,
}) => {
  const tag = uniqueTag();
  const quote = `Sam was kind and patient with my dad, every single visit (${tag}).`;
  await openWorkbench(page);
  await fileEmail(page, {
    id: `t-${tag}-adult-compliment`,
    from: { name: 'Jo Baxter', address: `jo.baxter.${tag}@examplemail.co.uk` },
    subject: `Thank you to Sam in the reablement team ${tag}`,
    receivedAt: `${start}-06-11T09:00:00Z`,
    body: 'I just wanted to say a huge thank you to Sam from the reablement team. She was kind and patient with my dad, every single visit. You may quote me.',
  });
  await expectNewCaseForm(page);
  const form = pane(page);
  await expect(form.getByLabel('Feedback type', { exact: true })).toHaveValue('compliment');
  await form
    .getByLabel('Procedure', { exact: true })
    .selectOption({ label: 'Adult social care (statutory)' });
  await form.getByLabel('Service area', { exact: true }).selectOption('Adult care provision');
  // The words field appears once the complimenter's agreement is ticked.
  await expect(form.getByLabel('Words that may be quoted')).toHaveCount(0);
  await form.getByRole('checkbox', { name: /may be quoted/ }).check();
  await form.getByLabel('Words that may be quoted').fill(quote);
  expect(await axeViolations(page)).toEqual([]);
  const reference = await saveAndReadReference(page);

  const saved = (await listItems('Cases')).find((i) => i.fields['Reference'] === reference);
  expect(saved?.fields).toMatchObject({
    FeedbackType: 'compliment',
    Procedure: 'adults_statutory',
    ComplimentQuote: quote,
    ComplimentQuotable: true,
  });

  // The adults' report for that year prints it; the children's does not.
  await page.goto(`${env().web}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: demoPeople.complaintsManager.name });
  await page.getByRole('tab', { name: 'Annual report' }).click();
  await page.getByLabel('Financial year', { exact: true }).selectOption(year);
  await page
    .getByLabel('Procedure', { exact: true })
    .selectOption({ label: 'Adult social care (statutory)' });
  await expect(page.getByText(quote)).toBeVisible({ timeout: 15_000 });
  await page
    .getByLabel('Procedure', { exact: true })
    .selectOption({ label: "Children's social care (statutory)" });
  await expect(page.getByRole('heading', { name: 'Compliments received' })).toBeVisible();
  await expect(page.getByText(quote)).toHaveCount(0);
});
