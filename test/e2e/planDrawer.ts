import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The tab's Action plans drawer and the standalone page's "Signed in as" picker, as the
 * browser tests drive them (tab.spec.ts on the plain emulator, roles-strict.spec.ts on the
 * strict one).
 */

/** Picks the demo person the standalone page acts as (docs/contracts.md, "Demo identities"). */
export async function signInAs(page: Page, as: { name: string }) {
  await page.getByLabel('Signed in as').selectOption({ label: as.name });
}

/** Opens a plan's drawer from the Action plans list (closing one left open first). */
export async function openPlan(page: Page, id: string) {
  const open = page.getByRole('dialog', { name: new RegExp(`^Plan `) });
  if (await open.isVisible()) await closePlan(page);
  await page.getByRole('tab', { name: 'Action plans' }).click();
  const link = page.getByRole('button', { name: new RegExp(`^${id}:`) });
  await link.click();
  const drawer = page.getByRole('dialog', { name: new RegExp(`^Plan ${id}`) });
  await expect(drawer).toBeVisible();
  return drawer;
}

/** Closes the plan's drawer; focus goes back to the plan's row. */
export async function closePlan(page: Page) {
  await page
    .getByRole('dialog', { name: /^Plan / })
    .getByRole('button', { name: 'Close', exact: true })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('id', /^plan-link-/);
}

/** Presses a head of service's formal step, then confirms it in the dialog that asks. */
export async function confirmStep(page: Page, plan: Locator, label: string) {
  await plan.getByRole('button', { name: label, exact: true }).click();
  const confirm = page.getByRole('dialog', { name: new RegExp(`^${label}: `) });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: /^Yes, / }).click();
  await expect(confirm).toHaveCount(0);
}
