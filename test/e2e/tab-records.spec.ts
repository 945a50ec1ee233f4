import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import { asCaseReference } from '../../src/domain/primitives/brand';
import { axeViolations } from './axe';
import {
  addAction,
  addComplaint,
  openAnnualReport,
  reportYear,
  uniqueTag,
  useTabSite,
} from './tabFixtures';

/**
 * The records a council publishes that have no other way in (issues 16 and 17): the complaints
 * manager picks the "you said, we did" examples the annual report features and writes their
 * wording, and the report preview prints them.
 */
const site = useTabSite();

// Five years before this one, for the children's procedure: no other test writes there.
const { year, inYear } = reportYear(5);

const openReport = (page: Page, procedure: string) =>
  openAnnualReport(page, site.stack, { as: demoPeople.teamManager, year, procedure });

test('the manager features a completed action in “you said, we did” with their own words', async ({
  page,
}) => {
  const tag = uniqueTag();
  const reference = await addComplaint(site.store, {
    received: inYear('05-06'),
    procedure: 'children_statutory',
    owner: demoPeople.teamManager,
    serviceArea: 'Fostering',
    tag,
  });
  const action = `Foster carers get a named contact within five days ${tag}`;
  await addAction(site.store, {
    id: `ACT-e2e-${tag}`,
    caseReference: asCaseReference(reference),
    action,
    owner: 'Fostering team manager',
    due: inYear('07-01'),
    status: 'done',
    completed: inYear('06-20'),
    evidence: 'Revised procedure issued',
  });

  await openReport(page, "Children's social care (statutory)");
  await page.getByRole('checkbox', { name: new RegExp(action) }).check();
  const youSaid = `Carers told us nobody rang them back ${tag}.`;
  const weDid = `Every carer now has a named contact ${tag}.`;
  await page
    .getByLabel(/Example \d+: you said/)
    .last()
    .fill(youSaid);
  await page
    .getByLabel(/Example \d+: we did/)
    .last()
    .fill(weDid);
  // The report preview prints the chosen wording, not the automatic rows.
  const printed = page
    .getByRole('table', { name: 'You said, we did' })
    .getByRole('row', { name: `${youSaid} ${weDid}` });
  await expect(printed).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Save narrative' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the site.' })).toBeVisible();
  const saved = await site.store.readNarrative(year, 'children_statutory');
  expect(saved.ok && saved.value?.value.featured.at(-1)).toMatchObject({ youSaid, weDid });

  // After a reload the example is still picked, with the manager's words.
  await page.reload();
  await openReport(page, "Children's social care (statutory)");
  await expect(page.getByRole('checkbox', { name: new RegExp(action) })).toBeChecked();
  await expect(printed).toBeVisible();
});

test('an example left blank is not saved, and the words typed stay', async ({ page }) => {
  await openReport(page, 'Adult social care (statutory)');
  await page.getByRole('button', { name: 'Add an example of your own' }).click();
  const youSaid = `Only half written ${uniqueTag()}`;
  await page
    .getByLabel(/Example \d+: you said/)
    .last()
    .fill(youSaid);
  await page.getByRole('button', { name: 'Save narrative' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'needs its “We did” wording' }),
  ).toBeVisible();
  await expect(page.getByLabel(/Example \d+: you said/).last()).toHaveValue(youSaid);
});
