import { expect, test, type Page } from '@playwright/test';
import type { FeedbackStore } from '../../src/data/store';
import { demoPeople } from '../../src/data/seed/demoPeople';
import type { CaseReference } from '../../src/domain/primitives/brand';
import {
  addAction,
  addComplaint,
  addPlan,
  ensureHeadOfService,
  isoDaysAgo,
  storeFor,
  uniqueTag,
} from './tabFixtures';
import { holdRequests } from './heldRequests';
import { closePlan, confirmStep, openPlan, signInAs } from './planDrawer';
import { startTabStack, type TabStack } from './tabStack';

/**
 * The Teams tab in real Chromium against the emulator, through the standalone host. Each test
 * writes its own fictitious records (tagged) through the real Graph store, works in the UI,
 * then reads SharePoint back through the store to prove what was (and was not) written.
 */
let stack: TabStack;
let store: FeedbackStore;
const manager = demoPeople.teamManager;
const head = demoPeople.headOfChildren;

test.beforeAll(async () => {
  stack = await startTabStack();
  store = storeFor(stack.graphUrl);
  for (const h of [demoPeople.headOfChildren, demoPeople.headOfAdults])
    await ensureHeadOfService(store, { name: h.name, upn: h.upn });
});
test.afterAll(async () => {
  await stack?.close();
});

async function openTab(page: Page, as: { name: string }) {
  await page.goto(`${stack.webUrl}tab.html`);
  await page.getByLabel('Signed in as').selectOption({ label: as.name });
  await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
}

async function reread<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
) {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test('a manager finds an overdue case and records a response', async ({ page }) => {
  const tag = uniqueTag();
  const owner = { name: `Owner ${tag}`, upn: `owner.${tag}@example.invalid` };
  const reference = await addComplaint(store, {
    received: isoDaysAgo(45),
    procedure: 'children_statutory',
    owner,
    serviceArea: 'Children in care',
    tag,
  });
  await openTab(page, manager);
  await page.getByRole('tab', { name: 'Timeliness' }).click();
  await page.getByLabel('Owner').selectOption({ label: owner.name });
  await page.getByLabel('Status').selectOption({ label: 'Overdue' });
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Overdue');

  await row.getByRole('button', { name: reference }).click();
  const panel = page.getByRole('dialog', { name: `Case ${reference}` });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('list', { name: `Timeline of case ${reference}` })).toContainText(
    'Stage 1 received',
  );
  await panel.getByLabel('Event', { exact: true }).selectOption({ label: 'Response sent' });
  await panel.getByLabel('Outcome').selectOption({ label: 'Partly upheld' });
  await panel.getByRole('button', { name: 'Record response sent' }).click();
  await expect(panel.getByRole('status').filter({ hasText: reference })).toContainText('recorded');

  const file = await reread(store.getCase(reference as CaseReference));
  expect(file?.case.value.status).toBe('closed');
  expect(file?.stages.find((s) => s.value.number === 1)?.value.responded).toBeTruthy();
  expect(file?.case.value.outcome).toBe('partly_upheld');
  await panel.getByRole('button', { name: 'Close panel', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: reference })).toHaveCount(0);
});

test('the Overview shows before the other lists load, and views that need them say so', async ({
  page,
}) => {
  const tag = uniqueTag();
  const owner = { name: `Owner ${tag}`, upn: `owner.${tag}@example.invalid` };
  const reference = await addComplaint(store, {
    received: isoDaysAgo(10),
    procedure: 'corporate',
    owner,
    serviceArea: 'Highways',
    tag,
  });
  await addAction(store, {
    id: `ACT-E2E-${tag}`,
    caseReference: reference as CaseReference,
    action: `Check the repair ${tag}`,
    owner: owner.name,
    due: isoDaysAgo(-20),
    status: 'open',
  });
  // SharePoint has not yet sent the learning actions, the correspondence and the costs: none is
  // needed by the Overview, so it must not wait for them. All three are held back because the
  // case timeline names each list still loading. They are held until the test has seen that,
  // not delayed by a fixed time: a delay (8 s, once) was only as long as the test's own clicks
  // took on a busy machine, and a list that came in first left the message naming two lists.
  const lists = await holdRequests(page, [
    /items\/delta.*Title(,|%2C)ActionId/,
    /items\/delta.*Direction(,|%2C)Channel/,
    /items\/delta.*Title(,|%2C)CostId/,
  ]);
  try {
    await page.goto(`${stack.webUrl}tab.html`);
    await expect(page.getByRole('list', { name: 'Headline figures' })).toBeVisible();
    await page.getByRole('tab', { name: 'Actions' }).click();
    await expect(page.getByText('Loading the lists this view shows')).toBeVisible();

    await page.getByRole('tab', { name: 'Timeliness' }).click();
    await page.getByLabel('Owner').selectOption({ label: owner.name });
    await page.getByRole('row').filter({ hasText: reference }).getByRole('button').click();
    const panel = page.getByRole('dialog', { name: `Case ${reference}` });
    // (The earlier stages may still be loading too.)
    await expect(panel.getByRole('status').filter({ hasText: 'Still loading' })).toContainText(
      'correspondence, learning actions and costs. They will appear here in a moment.',
    );
    expect(lists.count).toBeGreaterThanOrEqual(3);
    lists.release();
    const timeline = panel.getByRole('list', { name: `Timeline of case ${reference}` });
    await expect(timeline).toContainText(`Check the repair ${tag}`, { timeout: 15_000 });
    await expect(timeline).toContainText('Correspondence');
    await expect(panel.getByText('Still loading')).toHaveCount(0);
    await panel.getByRole('button', { name: 'Close panel', exact: true }).click();

    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.getByLabel('Owner').selectOption({ label: owner.name });
    await expect(page.getByRole('row').filter({ hasText: tag })).toContainText(
      `Check the repair ${tag}`,
    );
  } finally {
    lists.release();
  }
});

test("the Overview and Timeliness show from this year's and last year's records first, and stand once every case is in", async ({
  page,
}) => {
  const tag = uniqueTag();
  const owner = { name: `Owner ${tag}`, upn: `owner.${tag}@example.invalid` };
  const recent = await addComplaint(store, {
    received: isoDaysAgo(5),
    procedure: 'corporate',
    owner,
    serviceArea: 'Libraries',
    tag,
  });
  // The history of the cases and the stages has not arrived; the recent reads have. The history
  // is read by date ranges side by side: holding back its oldest range (the only filter that
  // starts with `Received lt`; the stages' with `Requested eq null`) holds back "every case is
  // in", until the test has seen the figures and the timeline from the recent reads alone.
  const filterStarting = (clause: string) =>
    new RegExp(`\\$filter=${clause.replaceAll('/', '(/|%2F)').replaceAll(' ', '(%20| |\\+)')}`);
  const history = await holdRequests(page, [
    filterStarting('fields/Received lt'),
    filterStarting('fields/Requested eq null'),
  ]);
  try {
    await page.goto(`${stack.webUrl}tab.html`);
    const headlines = page.getByRole('list', { name: 'Headline figures' });
    await expect(headlines).toBeVisible();
    // This year's records come first, last year's next (tab-first-year.spec.ts holds those).
    await expect(headlines).not.toContainText('still being read');
    // The figures from the recent reads (the history is held back, so they cannot change yet).
    const figures = (await headlines.textContent()) ?? '';
    // Actions lists learning actions of any case, old ones included: it waits for every case.
    await page.getByRole('tab', { name: 'Actions' }).click();
    await expect(page.getByText('Loading the lists this view shows')).toBeVisible();

    // Every open case is among the recent ones: Timeliness shows at once, and a case's
    // timeline says its earlier stages are still on their way.
    await page.getByRole('tab', { name: 'Timeliness' }).click();
    await page.getByLabel('Owner').selectOption({ label: owner.name });
    await page.getByRole('row').filter({ hasText: recent }).getByRole('button').click();
    const panel = page.getByRole('dialog', { name: `Case ${recent}` });
    const stillLoading = panel.getByRole('status').filter({ hasText: 'Still loading' });
    await expect(stillLoading).toContainText('earlier stages');
    expect(history.count).toBeGreaterThanOrEqual(2);
    history.release();
    await expect(stillLoading).toHaveCount(0, { timeout: 15_000 });
    await panel.getByRole('button', { name: 'Close panel', exact: true }).click();

    // The same figures from every case as from the recent ones.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(headlines).toHaveText(figures);
  } finally {
    history.release();
  }
});

test('when the lists after the first view fail to load, the view says so and Refresh recovers', async ({
  page,
}) => {
  await setFaults([{ status: 500, pathPattern: 'items/delta.*Title,ActionId' }]);
  try {
    await page.goto(`${stack.webUrl}tab.html`);
    await expect(page.getByRole('list', { name: 'Headline figures' })).toBeVisible();
    await page.getByRole('tab', { name: 'Actions' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The data could not be loaded' });
    await expect(alert).toContainText('SharePoint is busy or unavailable');
    await expect(alert).toContainText('nothing is lost');
    // The Overview keeps its figures meanwhile.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(page.getByRole('list', { name: 'Headline figures' })).toBeVisible();
    await expect(alert).toHaveCount(0);

    await page.getByRole('tab', { name: 'Actions' }).click();
    // Beside "Updated", the button offers to try again (the tab also does so by itself).
    await page.getByRole('button', { name: /^(Retry|Refresh)$/ }).click();
    await expect(page.getByLabel('Owner')).toBeVisible();
    await expect(alert).toHaveCount(0);
  } finally {
    await setFaults([]);
  }
});

test('the Overview counts flagged cases with no referral and opens them in Timeliness', async ({
  page,
}) => {
  const tag = uniqueTag();
  const owner = { name: `Owner ${tag}`, upn: `owner.${tag}@example.invalid` };
  const flagged = await addComplaint(store, {
    received: isoDaysAgo(3),
    procedure: 'children_statutory',
    owner,
    serviceArea: 'Children in care',
    tag,
    safeguarding: { flagged: true, reasons: ['a fictitious worrying phrase'] },
  });
  const referred = await addComplaint(store, {
    received: isoDaysAgo(3),
    procedure: 'children_statutory',
    owner,
    serviceArea: 'Children in care',
    tag: `${tag}r`,
    safeguarding: {
      flagged: true,
      reasons: ['a fictitious worrying phrase'],
      referredOn: isoDaysAgo(2),
      referredBy: 'Test Officer',
    },
  });
  await openTab(page, manager);
  // The Timeliness view's code arrives late, as it can on a busy machine: until it does, React
  // keeps the Overview in the page, hidden (display: none), behind the "Opening the view"
  // spinner. Its region is also labelled "Safeguarding", so the filter must be found by role
  // (a hidden element has none), or a label lookup finds the hidden region and fails at once.
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  const figure = page
    .getByRole('region', { name: 'Safeguarding' })
    .getByRole('button', { name: /flagged for safeguarding with no referral recorded/ });
  // At least the case flagged above, waited for (never read once from a figure still coming).
  await expect(figure).toHaveText(/^[1-9][\d,]* open cases? /);
  await figure.click();
  await expect(page.getByRole('tab', { name: 'Timeliness', selected: true })).toBeVisible();
  // By role, so the hidden Overview region is never taken for it (see above); by label, this
  // failed at once with "Not an input element" whenever the view's code came late.
  await expect(page.getByRole('combobox', { name: 'Safeguarding' })).toHaveValue('not_referred');
  await page.getByLabel('Owner').selectOption({ label: owner.name });
  await expect(page.getByRole('row').filter({ hasText: flagged })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: referred })).toHaveCount(0);
});

/** Replaces the emulator's pending faults (none: clears them). */
async function setFaults(faults: unknown[]) {
  await fetch(`${stack.emulatorUrl}/_emulator/faults`, { method: 'DELETE' });
  if (faults.length === 0) return;
  const response = await fetch(`${stack.emulatorUrl}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
  expect(response.ok).toBe(true);
}

test('an action is completed with evidence', async ({ page }) => {
  const tag = uniqueTag();
  const owner = `Action owner ${tag}`;
  const reference = await addComplaint(store, {
    received: isoDaysAgo(90),
    procedure: 'corporate',
    owner: { name: owner },
    serviceArea: 'Highways',
    tag,
  });
  const id = `ACT-E2E-${tag}`;
  await addAction(store, {
    id,
    caseReference: reference as CaseReference,
    action: `Retrain the repairs team ${tag}`,
    owner,
    due: isoDaysAgo(7),
    status: 'open',
  });
  await openTab(page, manager);
  await page.getByRole('tab', { name: 'Actions' }).click();
  await page.getByLabel('Owner').selectOption({ label: owner });
  const row = page.getByRole('row').filter({ hasText: tag });
  await expect(row).toContainText('Overdue');
  await row.getByRole('button', { name: `Complete action ${id}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Complete action' });
  await dialog.getByRole('button', { name: 'Mark as done' }).click();
  await expect(dialog).toContainText('Describe the evidence that it was done');
  await dialog
    .getByLabel('Evidence')
    .fill('Training held on keeping residents informed; 14 staff attended.');
  await dialog.getByRole('button', { name: 'Mark as done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: tag })).toHaveCount(0);
  await page.getByLabel('Show').selectOption({ label: 'Done' });
  await expect(page.getByRole('row').filter({ hasText: tag })).toContainText('14 staff attended');
  await expect(page.getByLabel('Summary to paste')).toHaveValue(
    new RegExp(`We did: Retrain the repairs team ${tag}`),
  );

  const snapshot = await reread(store.loadSnapshot());
  const saved = snapshot.actions.find((a) => a.value.id === id)?.value;
  expect(saved?.status).toBe('done');
  expect(saved?.evidence).toContain('14 staff attended');
  expect(saved?.completed).toBeTruthy();
});

test('a plan is submitted, returned, resubmitted and signed off by a head of service', async ({
  page,
}) => {
  const tag = uniqueTag();
  const id = `AP-E2E-${tag}`;
  const reference = await addComplaint(store, {
    received: isoDaysAgo(120),
    procedure: 'children_statutory',
    owner: manager,
    serviceArea: 'Fostering',
    tag,
  });
  await addPlan(store, {
    id,
    caseReference: reference as CaseReference,
    title: `Fostering visits ${tag}`,
    headOfService: head,
  });

  await openTab(page, manager);
  let plan = await openPlan(page, id);
  await plan.getByRole('button', { name: 'Submit for sign-off' }).click();
  await expect(plan).toContainText('Awaiting sign-off');
  await expect(plan.getByRole('button', { name: 'Sign off plan' })).toHaveCount(0);
  // Who may sign off comes from the site's heads of service group.
  await expect(plan).toContainText(
    `Only heads of service can sign off plans; ask ${demoPeople.headOfChildren.name} or ${demoPeople.headOfAdults.name}.`,
  );

  await closePlan(page);
  await signInAs(page, head);
  plan = await openPlan(page, id);
  await plan.getByRole('button', { name: 'Return plan' }).click();
  await expect(plan).toContainText('Say what needs to change before returning the plan.');
  await plan.getByLabel('Comment').fill('Add a date for the first supervision audit.');
  await plan.getByRole('button', { name: 'Return plan' }).click();
  await expect(plan).toContainText('Returned for changes');

  await closePlan(page);
  await signInAs(page, manager);
  plan = await openPlan(page, id);
  await plan.getByRole('button', { name: 'Submit for sign-off' }).click();
  await expect(plan).toContainText('Awaiting sign-off');

  await closePlan(page);
  await signInAs(page, head);
  plan = await openPlan(page, id);
  // A sign-off is confirmed first; cancelling writes nothing.
  await plan.getByRole('button', { name: 'Sign off plan' }).click();
  await page
    .getByRole('dialog', { name: /^Sign off plan: / })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(plan).toContainText('Awaiting sign-off');
  await confirmStep(page, plan, 'Sign off plan');
  await expect(plan.getByRole('status')).toContainText(
    'The plan is now "Signed off — in progress"',
  );
  await expect(plan.getByRole('heading', { level: 2 })).toBeFocused();
  const history = plan.getByRole('table', { name: 'Plan history' });
  // Created, submitted, returned, resubmitted, signed off: who from SharePoint's stamps.
  await expect(history.getByRole('row')).toHaveCount(6);
  await expect(history).toContainText('Add a date for the first supervision audit.');
  await expect(history.getByRole('row').filter({ hasText: 'Signed off' })).toContainText(head.name);
  await expect(history.getByRole('row').filter({ hasText: 'Returned' })).toContainText(head.name);
  await expect(
    history.getByRole('row').filter({ hasText: 'Submitted for sign-off' }).first(),
  ).toContainText(manager.name);
  // The history is a record, not a form: nothing in it can be edited.
  await expect(history.getByRole('textbox')).toHaveCount(0);

  const snapshot = await reread(store.loadSnapshot());
  const decisions = snapshot.signOffs
    .filter((s) => s.value.planId === id)
    .map((s) => [s.value.decision, s.createdBy?.upn, s.value.comment]);
  expect(decisions).toEqual([
    ['returned', head.upn, 'Add a date for the first supervision audit.'],
    ['signed_off', head.upn, ''],
  ]);
});

test('a user outside the heads of service cannot sign off, in the UI or against the data', async ({
  page,
}) => {
  const tag = uniqueTag();
  const id = `AP-E2E-${tag}`;
  const reference = await addComplaint(store, {
    received: isoDaysAgo(100),
    procedure: 'children_statutory',
    owner: manager,
    serviceArea: 'Adoption',
    tag,
  });
  const draft = await addPlan(store, {
    id,
    caseReference: reference as CaseReference,
    title: `Adoption letters ${tag}`,
    headOfService: head,
  });
  const asManager = storeFor(stack.graphUrl, manager.upn);
  const submitted = await reread(asManager.takePlanStep(id, 'submit', '', draft.etag));

  // Against the data: SharePoint refuses the manager's sign-off, whatever the page shows.
  const refused = await asManager.takePlanStep(id, 'sign_off', '', '*');
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // In the UI: no sign-off button, and who must sign off is named.
  await openTab(page, manager);
  let plan = await openPlan(page, id);
  await expect(plan.getByRole('button', { name: 'Sign off plan' })).toHaveCount(0);
  await expect(plan.getByRole('button', { name: 'Return plan' })).toHaveCount(0);
  await expect(plan).toContainText(head.name);

  // A page that cannot tell who is who (its group lookup fails) offers the button; the store
  // still refuses, says so plainly, and the comment typed stays.
  await page.route('**/_api/web/currentuser/groups**', (route) => route.abort());
  await page.reload();
  await expect(page.getByText('Updated')).toBeVisible({ timeout: 30_000 });
  await signInAs(page, manager);
  plan = await openPlan(page, id);
  await plan.getByLabel('Comment').fill('Looks fine to me.');
  await confirmStep(page, plan, 'Sign off plan');
  await expect(plan.getByRole('alert')).toContainText(
    `Only heads of service can sign off plans; ask ${demoPeople.headOfChildren.name} or ${demoPeople.headOfAdults.name}.`,
  );
  await expect(plan.getByLabel('Comment')).toHaveValue('Looks fine to me.');
  await page.unroute('**/_api/web/currentuser/groups**');

  const saved = await reread(store.loadSnapshot());
  expect(saved.signOffs.filter((s) => s.value.planId === id)).toEqual([]);
  const plan2 = saved.plans.find((p) => p.value.id === id);
  expect(submitted.kind === 'plan' && plan2?.etag).toBe(
    submitted.kind === 'plan' ? submitted.plan.etag : undefined,
  );
});
