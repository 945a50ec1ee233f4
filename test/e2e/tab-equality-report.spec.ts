import { expect, test } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import type { CaseReference } from '../../src/domain/primitives/brand';
import { axeViolations } from './axe';
import { addComplaint, openAnnualReport, reportYear, uniqueTag, useTabSite } from './tabFixtures';

/**
 * Equality monitoring in the annual report (issue 16): read on demand from the list only
 * complaints managers can open, counted in aggregate in the manager's copy; anyone else's copy
 * says it was made without it, and never shows zeros in its place.
 */
const site = useTabSite();
const { year, inYear } = reportYear(6);
const procedure = "Children's social care (statutory)";

test('the complaints manager’s report counts the answers; an officer’s copy says it has none', async ({
  page,
}) => {
  const tag = uniqueTag();
  const reference = (await addComplaint(site.store, {
    received: inYear('06-02'),
    procedure: 'children_statutory',
    owner: { name: `Owner ${tag}`, upn: `owner.${tag}@example.invalid` },
    serviceArea: 'Fostering',
    tag,
  })) as CaseReference;
  const saved = await site.store.saveEquality({
    schemaVersion: 1,
    caseReference: reference,
    ethnicity: 'black',
    sex: 'not_disclosed',
  });
  expect(saved.ok).toBe(true);

  await openAnnualReport(page, site.stack, { as: demoPeople.complaintsManager, year, procedure });
  const ethnicity = page.getByRole('table', { name: /Equality monitoring: ethnic group/ });
  await expect(
    ethnicity.getByRole('row', { name: /Black, Black British, Caribbean or African 1/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /Equality monitoring: sex/ })
      .getByRole('row', { name: /Prefer not to say 1/ }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await openAnnualReport(page, site.stack, { as: demoPeople.officer, year, procedure });
  await expect(page.getByText(/^Equality monitoring is not in this copy/)).toBeVisible();
  await expect(page.getByRole('table', { name: /Equality monitoring/ })).toHaveCount(0);
});
