import { expect, test } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import { addComplaint, isoDaysAgo, storeFor, uniqueTag } from './tabFixtures';
import { startTabStack, type TabStack } from './tabStack';

/**
 * SharePoint goes away while the tab is open: a refresh must say it failed, beside the time the
 * figures on screen are from, offer Retry, and catch up by itself once SharePoint is back, with
 * nobody pressing anything. Its own emulator, which the test really stops and starts again
 * (same port, same data), so the other specs' store is never down.
 */
let stack: TabStack;

test.beforeAll(async () => {
  stack = await startTabStack({ fresh: true });
});
test.afterAll(async () => {
  await stack?.close();
});

test('the store stops: Refresh says so and offers Retry; the store restarts and the tab recovers by itself', async ({
  page,
  context,
}) => {
  // Waits of 5 s, then 10 s, 20 s … between tries (src/tab/data/autoRetry.ts) on a busy machine.
  test.setTimeout(240_000);
  const store = storeFor(stack.graphUrl);
  const tag = uniqueTag();
  const owner = { name: `Owner ${tag}`, upn: `owner.${tag}@example.invalid` };
  await addComplaint(store, {
    received: isoDaysAgo(4),
    procedure: 'corporate',
    owner,
    serviceArea: 'Libraries',
    tag,
  });
  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: demoPeople.teamManager.name });
  const updated = page.getByText(/^Updated \d\d:\d\d$/);
  await expect(updated).toBeVisible({ timeout: 30_000 });
  const headlines = page.getByRole('list', { name: 'Headline figures' });
  await expect(headlines).toBeVisible();
  const figuresBefore = await headlines.textContent();

  // A complaint arrives that the tab has not seen; then SharePoint stops.
  const later = uniqueTag();
  const laterOwner = { name: `Owner ${later}`, upn: `owner.${later}@example.invalid` };
  const reference = await addComplaint(store, {
    received: isoDaysAgo(1),
    procedure: 'corporate',
    owner: laterOwner,
    serviceArea: 'Libraries',
    tag: later,
  });
  await stack.stopStore();
  const stoppedAt = Date.now();
  let stopped = true;
  try {
    await page.getByRole('button', { name: 'Refresh' }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'could not be reloaded' });
    await expect(failed).toContainText('no connection to SharePoint', { timeout: 30_000 });
    await expect(failed).toContainText('nothing is lost');
    await expect(failed).toContainText('Trying again by itself');
    // The time the figures are from stays in sight, and the figures stay as they were.
    await expect(updated).toBeVisible();
    await expect(headlines).toHaveText(figuresBefore ?? '');
    // Retry tries again at once; SharePoint is still down, so it still says so.
    const retry = page.getByRole('button', { name: 'Retry' });
    await retry.click();
    await expect(failed).toContainText('no connection to SharePoint', { timeout: 30_000 });
    await expect(retry).toBeVisible();

    // SharePoint is back. Nobody presses anything.
    await stack.restartStore();
    stopped = false;
    // The tab's waits double, so its next try comes at most about as long after the restart as
    // the store was down, plus the first wait (5 s): a fixed 45 s was too short whenever the
    // checks above took more than ~35 s on a loaded machine (the next wait was then 40 s).
    const wasDown = Date.now() - stoppedAt;
    await expect(failed).toHaveCount(0, { timeout: wasDown + 5_000 + 30_000 });
    await expect(page.getByRole('button', { name: 'Refresh' })).toBeVisible();
    await expect(updated).toBeVisible();
  } finally {
    if (stopped) await stack.restartStore();
  }
  // The recovery read the lists again: the complaint saved before the outage is there now.
  await page.getByRole('tab', { name: 'Timeliness' }).click();
  await page.getByLabel('Owner').selectOption({ label: laterOwner.name });
  await expect(page.getByRole('row').filter({ hasText: reference })).toBeVisible();

  // The browser loses its connection, then regains it (the `online` event): the same recovery.
  await context.setOffline(true);
  try {
    await page.getByRole('button', { name: 'Refresh' }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'could not be reloaded' });
    await expect(failed).toContainText('no connection to SharePoint', { timeout: 30_000 });
  } finally {
    await context.setOffline(false);
  }
  await expect(page.getByRole('alert').filter({ hasText: 'could not be reloaded' })).toHaveCount(
    0,
    { timeout: 30_000 },
  );
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeVisible();
});
