import { expect, test, type Page } from '@playwright/test';
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

/** A first visit, until the Overview's lists and figures are kept: its complaints received. */
async function firstVisit(page: Page): Promise<number> {
  await page.goto(`${site.stack.webUrl}tab.html`);
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => keptNames(page), { timeout: 60_000 })
    .toEqual(expect.arrayContaining(['cases', 'figures']));
  return headline(page, 'Complaints received');
}

test('a re-opened tab shows the kept figures at once, then brings them up to date', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = await firstVisit(page);

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

test('offline, a re-opened tab keeps the kept figures on show and says they are not up to date', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = await firstVisit(page);

  // No connection to SharePoint: every Graph request fails as a dropped network does.
  const offline = /\/v1\.0\//;
  await page.route(offline, (route) => route.abort('internetdisconnected'));
  await page.goto(`${site.stack.webUrl}tab.html`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'The data could not be loaded' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(
    page.getByRole('status').filter({
      hasText: /^Figures as they were at \d\d:\d\d: they could not be brought up to date\.$/,
    }),
  ).toBeVisible();
  expect(await headline(page, 'Complaints received')).toBe(before);
  expect(await axeViolations(page)).toEqual([]);

  // The connection comes back: the tab tries again by itself and the figures are current.
  await page.unroute(offline);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Figures as they were at/)).toBeHidden();
  await expect(page.getByRole('alert')).toBeHidden();
});
