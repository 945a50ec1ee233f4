import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import { isoDaysAgo, uniqueTag } from './tabFixtures';
import { startTabStack, type TabStack } from './tabStack';
import { axeViolations } from './axe';

/**
 * An item the app cannot read (saved by a newer version, or edited by hand in SharePoint) is
 * left out of the figures: the tab must say so on every view whose figures it changes, with
 * the list and the item id, and never show the item's content. Its own emulator, so the
 * unreadable items stay out of the other tests' lists.
 */
let stack: TabStack;

test.beforeAll(async () => {
  stack = await startTabStack({ fresh: true });
});
test.afterAll(async () => {
  await stack?.close();
});

/** Writes list fields straight through Graph, as another app (or a newer version) might. */
async function writeItem(list: string, fields: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${stack.graphUrl}/sites/root/lists/${list}/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fields }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function openView(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tabpanel')).not.toContainText('Loading the lists this view shows');
}

test('items that cannot be read are named, by list and id, on every view they change', async ({
  page,
}) => {
  const tag = uniqueTag();
  const secret = `Private complaint text ${tag}`;
  const caseId = await writeItem('Cases', {
    Title: `CORP-2099-${tag}`,
    Reference: `CORP-2099-${tag}`,
    SchemaVersion: 99,
    FeedbackType: 'complaint',
    Procedure: 'corporate',
    CaseStatus: 'open',
    CurrentStage: 1,
    Received: isoDaysAgo(3),
    Summary: secret,
  });
  const costId = await writeItem('Costs', {
    Title: `cost ${tag}`,
    CostId: `cost-${tag}`,
    CostDate: isoDaysAgo(3),
    CostType: 'investigating_officer',
    Amount: 50,
    SchemaVersion: 99,
    Note: secret,
  });

  // A letter saved by a newer version: the names in it cannot be searched.
  const letterId = await writeItem('Correspondence', {
    Title: `letter ${tag}`,
    CaseReference: `CORP-2099-${tag}`,
    MessageKey: `key-${tag}`,
    Direction: 'incoming',
    At: new Date().toISOString(),
    SchemaVersion: 99,
    Note: secret,
  });

  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: demoPeople.teamManager.name });
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });

  const warning = page.getByRole('region', { name: 'Items that could not be read' });
  // The Overview reads the cases, not the costs: one item.
  await expect(warning).toContainText('1 item could not be read');
  await expect(warning).toContainText(`Cases, item ${caseId}: saved by a newer version`);
  await expect(warning).not.toContainText('Costs');

  await openView(page, 'Timeliness');
  await expect(warning).toContainText(`Cases, item ${caseId}`);

  // The annual report counts both lists.
  await openView(page, 'Annual report');
  await expect(warning).toContainText('2 items could not be read');
  await expect(warning).toContainText(`Cases, item ${caseId}`);
  await expect(warning).toContainText(`Costs, item ${costId}`);

  // A search says what it could not look in, and never shows the item.
  await page.getByLabel('Find a case').fill('Smith');
  await expect(page.getByRole('region', { name: 'Cases found' })).toContainText(
    '2 items in Cases and Correspondence could not be read: they are not searched.',
  );
  expect(letterId).not.toBe('');

  // Never the content, anywhere on the page.
  await expect(page.locator('body')).not.toContainText(secret);
  await expect(page.locator('body')).not.toContainText(`CORP-2099-${tag}`);

  expect(
    await axeViolations(page, { within: 'section[aria-label="Items that could not be read"]' }),
  ).toEqual([]);
});
