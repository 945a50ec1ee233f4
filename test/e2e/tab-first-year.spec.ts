import { expect, test } from '@playwright/test';
import { siteMidnight } from '../../src/data/lists/siteDates';
import { axeViolations } from './axe';
import { holdRequests } from './heldRequests';
import { reportYear } from './dates';
import { headline, useTabSite } from './tabFixtures';

/**
 * A first visit reads this financial year's cases and stages first and shows their figures,
 * then last year's for the comparisons (issue 19, docs/performance.md): under SharePoint's
 * speed each year of a large council's records is seconds of reading.
 */
const site = useTabSite();

/** A read of the list's items dated only before this April: last year's records, or older. */
function beforeThisYear(url: URL): boolean {
  const query = decodeURIComponent(url.search);
  if (!query.includes('$filter=')) return false;
  const thisApril = siteMidnight(`${reportYear(0).start}-04-01`);
  const starts = [...query.matchAll(/ ge '([^']+)'/g)].map(([, start]) => start!);
  return starts.length > 0 && starts.every((start) => start < thisApril);
}

test("a first visit shows this year's figures, says last year's are on the way, then compares", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { year } = reportYear(0);
  const { year: lastYear } = reportYear(1);
  const older = await holdRequests(page, [beforeThisYear]);
  await page.goto(`${site.stack.webUrl}tab.html`);

  const received = page.getByRole('group', { name: 'Complaints received' });
  await expect(received).toContainText(`${lastYear}: still being read`, { timeout: 30_000 });
  const thisYear = await headline(page, 'Complaints received');
  expect(thisYear).toBeGreaterThan(0);
  const byType = page.getByRole('table', { name: 'Received, by type' });
  await expect(byType.getByRole('columnheader')).toHaveText(['Type', `${year} to date`]);
  await expect(page.getByText(`against ${lastYear} (still being read`)).toBeVisible();
  // Last year's read leaves once the browser is idle after the first view, not with it.
  await expect.poll(() => older.count).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  older.release();
  await expect(byType.getByRole('columnheader')).toHaveText(['Type', `${year} to date`, lastYear]);
  await expect(received).toContainText(new RegExp(`${lastYear}: [\\d,]+$`));
  expect(await headline(page, 'Complaints received')).toBe(thisYear);
  await expect(page.getByText('still being read')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
