import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { holdRequests } from './heldRequests';
import { keptNames } from './keptLists';
import { addComplaintToday, headline, useTabSite } from './tabFixtures';

/**
 * A re-open shows the Overview's figures as kept at the last visit (issue 19,
 * docs/performance.md) before anything is read back or asked of SharePoint, says that they are
 * being checked, and then shows them brought up to date.
 */
const site = useTabSite();

test('a re-opened tab shows the kept figures at once, then brings them up to date', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${site.stack.webUrl}tab.html`);
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => keptNames(page), { timeout: 60_000 })
    .toEqual(expect.arrayContaining(['cases', 'figures']));
  const before = await headline(page, 'Complaints received');

  // Received while the tab is closed.
  await page.goto('about:blank');
  await addComplaintToday(site.store);

  // Nothing reaches SharePoint until the test lets it: what shows comes from the browser.
  const graph = await holdRequests(page, [/\/v1\.0\//]);
  await page.goto(`${site.stack.webUrl}tab.html`);
  const checking = page
    .getByRole('status')
    .filter({ hasText: /^Figures as they were at \d\d:\d\d/ });
  await expect(checking).toBeVisible({ timeout: 30_000 });
  expect(await headline(page, 'Complaints received')).toBe(before);
  await expect(page.getByRole('table', { name: 'Received, by type' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  graph.release();
  await expect(checking).toBeHidden({ timeout: 30_000 });
  await expect.poll(() => headline(page, 'Complaints received')).toBe(before + 1);
  await expect(page.getByText('Updated')).toBeVisible();
  expect(graph.count).toBeGreaterThan(0);
});
