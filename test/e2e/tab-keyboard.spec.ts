import { expect, test, type Page } from '@playwright/test';
import { demoPeople } from '../../src/data/seed/demoPeople';
import type { CaseReference } from '../../src/domain/primitives/brand';
import {
  addComplaint,
  addPlan,
  ensureHeadOfService,
  isoDaysAgo,
  storeFor,
  uniqueTag,
} from './tabFixtures';
import { startTabStack, type TabStack } from './tabStack';

/**
 * A head of service signs a plan off with the keyboard alone, starting on the Action plans
 * tab: at most 12 keystrokes to a confirmed sign-off, and after every key focus is on
 * something (never the page body). Its own store, so the plans waiting are known: more than a
 * page of plans, three of them waiting for a head of service.
 */
let stack: TabStack;
const head = demoPeople.headOfChildren;
const tag = uniqueTag();
const waitingId = `AP-KB1-${tag}`;

test.beforeAll(async () => {
  stack = await startTabStack({ fresh: true });
  const store = storeFor(stack.graphUrl);
  for (const h of [demoPeople.headOfChildren, demoPeople.headOfAdults])
    await ensureHeadOfService(store, { name: h.name, upn: h.upn });
  const reference = (await addComplaint(store, {
    received: isoDaysAgo(90),
    procedure: 'children_statutory',
    owner: demoPeople.teamManager,
    serviceArea: 'Fostering',
    tag,
  })) as CaseReference;
  // 30 plans, so the list is paged; drafts first in the id order, so an unfiltered list does
  // not happen to start with the plan to sign off.
  for (let n = 1; n <= 27; n += 1)
    await addPlan(store, {
      id: `AP-KA${n}-${tag}`,
      caseReference: reference,
      title: `Draft plan ${n}`,
    });
  await addPlan(store, {
    id: waitingId,
    caseReference: reference,
    title: `Supervision audits ${tag}`,
    state: 'submitted',
    headOfService: head,
  });
  for (const n of [2, 3])
    await addPlan(store, {
      id: `AP-KB${n}-${tag}`,
      caseReference: reference,
      title: `Waiting plan ${n}`,
      state: 'submitted',
      headOfService: demoPeople.headOfAdults,
    });
});
test.afterAll(async () => {
  await stack?.close();
});

/** What has focus, for the messages: its role or tag and its accessible text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()} "${label}"`;
  });
}

test('a head of service signs off a plan from the Action plans tab in at most 12 keystrokes, focus never on the page body', async ({
  page,
}) => {
  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: head.name });
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  const tab = page.getByRole('tab', { name: 'Action plans' });
  await tab.click();
  await expect(page.getByRole('table', { name: 'Action plans' })).toBeVisible();
  await tab.focus();

  const keys: string[] = [];
  const where: string[] = [];
  const press = async (key: string) => {
    await page.keyboard.press(key);
    keys.push(key);
    const at = await focused(page);
    where.push(`${key} → ${at}`);
    expect(at, where.join('\n')).not.toBe('body');
  };

  // Show: the plans waiting for a head of service (a native select: the arrow chooses).
  await press('Tab');
  await expect(page.getByLabel('Show')).toBeFocused();
  await press('ArrowDown');
  await expect(page.getByLabel('Show')).toHaveValue('waiting');
  // On past the head of service filter, New action plan and the sortable headers to the first plan.
  const link = page.getByRole('button', { name: new RegExp(`^${waitingId}:`) });
  while (!(await link.evaluate((el) => el === document.activeElement)) && keys.length < 8)
    await press('Tab');
  await expect(link).toBeFocused();
  await press('Enter');
  const drawer = page.getByRole('dialog', { name: new RegExp(`^Plan ${waitingId}`) });
  await expect(drawer).toBeVisible();
  const signOff = drawer.getByRole('button', { name: 'Sign off plan', exact: true });
  while (!(await signOff.evaluate((el) => el === document.activeElement)) && keys.length < 11)
    await press('Tab');
  await expect(signOff).toBeFocused();
  await press('Enter');
  const confirm = page.getByRole('dialog', { name: /^Sign off plan: / });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('No comment is recorded.');
  await expect(confirm.getByRole('button', { name: 'Yes, sign off plan' })).toBeFocused();
  await press('Enter');

  // Confirmed: announced, focus kept on the plan, the list shows it signed off.
  await expect(confirm).toHaveCount(0);
  await expect(drawer.getByRole('status')).toContainText(
    'The plan is now "Signed off — in progress"',
  );
  await expect(drawer.getByRole('heading', { level: 2 })).toBeFocused();
  expect(await focused(page)).not.toBe('body');
  expect(keys.length, where.join('\n')).toBeLessThanOrEqual(12);
  test.info().annotations.push({ type: 'keystrokes', description: where.join('; ') });

  // Esc closes the plan. Signed off, it has left the "waiting" list, so focus goes to the
  // list's heading, never to the body.
  await press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Action plans' })).toBeFocused();
});
