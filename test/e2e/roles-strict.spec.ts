import { expect, test, type Page } from '@playwright/test';
import type { GraphClient } from '../../src/data/graph/client';
import { actionPlansList, signOffsList } from '../../src/data/lists';
import { demoPeople } from '../../src/data/seed/demoPeople';
import type { FeedbackStore } from '../../src/data/store';
import type { CaseReference } from '../../src/domain/primitives/brand';
import { closePlan, confirmStep, openPlan, signInAs } from './planDrawer';
import { axeViolations } from './axe';
import { startStrictStack, type StrictStack } from './strict-stack';
import { addComplaint, addPlan, isoDaysAgo, uniqueTag } from './tabFixtures';

/**
 * Who may do what, in the browser against the emulator in strict mode (issue 14): the site's
 * groups and list permissions as provisioning applies them, every request with a bearer token
 * issued by `POST /_dev/token` for the person picked in "Signed in as". The page offers what
 * the person's groups allow; SharePoint decides, and every "nothing was written" is read back
 * through Graph with the site administrator's token.
 */
let stack: StrictStack;
let admin: FeedbackStore;
let adminGraph: GraphClient;
let signOffsListId: string;
const officer = demoPeople.officer;
const head = demoPeople.headOfChildren;
const refusal = `Only heads of service can sign off plans; ask ${demoPeople.headOfChildren.name} or ${demoPeople.headOfAdults.name}.`;

test.use({ ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  stack = await startStrictStack({ roles: true });
  admin = await stack.storeAs();
  adminGraph = await stack.graphAs();
  const lists = await adminGraph.get<{ value: { id: string; displayName: string }[] }>(
    '/sites/root/lists?$select=id,displayName',
  );
  signOffsListId = lists.value.find((l) => l.displayName === signOffsList.displayName)!.id;
});

test.afterAll(async () => {
  await stack?.close();
});

async function must<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A plan on a fictitious case, submitted for sign-off by the officer (through their token). */
async function submittedPlan(tag: string): Promise<string> {
  const id = `AP-E2E-${tag}`;
  const reference = await addComplaint(admin, {
    received: isoDaysAgo(90),
    procedure: 'children_statutory',
    owner: { name: officer.name, upn: officer.upn },
    serviceArea: 'Fostering',
    tag,
  });
  const draft = await addPlan(admin, {
    id,
    caseReference: reference as CaseReference,
    title: `Fostering reviews ${tag}`,
    headOfService: { name: head.name, upn: head.upn },
  });
  const asOfficer = await stack.storeAs(officer.upn);
  await must(asOfficer.takePlanStep(id, 'submit', '', draft.etag));
  return id;
}

/** The tab as a demo person: their token from `POST /_dev/token`, every list loaded. */
async function openTabAs(page: Page, as: { name: string }) {
  await page.goto(stack.pageUrl('tab.html'));
  await signInAs(page, as);
  await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
  await expect(page.getByText(/^Updated \d/)).toBeVisible({ timeout: 30_000 });
}

/** What the administrator reads back through Graph: the plan's ETag and the sign-offs for it. */
async function storedPlan(id: string) {
  const snapshot = await must(admin.loadSnapshot());
  return {
    etag: snapshot.plans.find((p) => p.value.id === id)?.etag,
    signOffs: snapshot.signOffs
      .filter((s) => s.value.planId === id)
      .map((s) => [s.value.decision, s.createdBy?.upn]),
  };
}

test('an officer sees who must sign off, and forcing a sign-off is refused plainly with nothing written', async ({
  page,
}) => {
  const id = await submittedPlan(uniqueTag());
  const before = await storedPlan(id);
  expect(before.signOffs).toEqual([]);

  // The page asks: the officer's groups offer no sign-off, and the heads of service are named.
  await openTabAs(page, officer);
  let plan = await openPlan(page, id);
  await expect(plan).toContainText('Awaiting sign-off');
  await expect(plan.getByRole('button', { name: 'Sign off plan' })).toHaveCount(0);
  await expect(plan.getByRole('button', { name: 'Return plan' })).toHaveCount(0);
  await expect(plan).toContainText(refusal);

  // Forced through the app's own store: a page that cannot read the officer's groups offers
  // the button, the officer's token goes to SharePoint, and SharePoint refuses.
  await closePlan(page);
  await page.route('**/_api/web/currentuser/groups**', (route) => route.abort());
  await page.reload();
  await expect(page.getByText(/^Updated \d/)).toBeVisible({ timeout: 30_000 });
  await signInAs(page, officer);
  plan = await openPlan(page, id);
  await plan.getByLabel('Comment').fill('Looks fine to me.');
  await confirmStep(page, plan, 'Sign off plan');
  await expect(plan.getByRole('alert')).toContainText(refusal);
  await expect(plan.getByLabel('Comment')).toHaveValue('Looks fine to me.');
  await expect(plan).toContainText('Awaiting sign-off');
  await page.unroute('**/_api/web/currentuser/groups**');

  // Forced by hand from the page: a token issued for the officer, a sign-off posted to Graph.
  const forged = await page.evaluate(
    async ({ tokenUrl, itemsUrl, upn, fields }) => {
      const issued = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scopes: ['https://graph.microsoft.com/Sites.Selected'], user: upn }),
      });
      const { access_token } = (await issued.json()) as { access_token: string };
      const response = await fetch(itemsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${access_token}` },
        body: JSON.stringify({ fields }),
      });
      const body = (await response.json()) as { error?: { code?: string } };
      return { status: response.status, code: body.error?.code };
    },
    {
      tokenUrl: `${stack.emulator.url}/_dev/token`,
      itemsUrl: `${stack.emulator.graphUrl}/sites/root/lists/${signOffsListId}/items`,
      upn: officer.upn,
      fields: signOffsList.toFields({
        schemaVersion: 1,
        key: `${id}/1`,
        planId: id,
        decision: 'signed_off',
        comment: 'Forged in the browser',
      }),
    },
  );
  expect(forged).toEqual({ status: 403, code: 'accessDenied' });

  // Nothing was written: no sign-off, and the plan's item is the one the officer submitted.
  expect(await storedPlan(id)).toEqual(before);
  const items = await adminGraph.get<{ value: { fields: Record<string, unknown> }[] }>(
    `/sites/root/lists/${signOffsListId}/items?$expand=fields`,
  );
  expect(items.value.filter((i) => i.fields.PlanId === id)).toEqual([]);
});

test('a head of service’s sign-off is stamped with their identity, and an officer’s forged plan state and history change nothing shown', async ({
  page,
}) => {
  const id = await submittedPlan(uniqueTag());

  await openTabAs(page, head);
  let plan = await openPlan(page, id);
  await plan.getByLabel('Comment').fill('Agreed: start in June.');
  await confirmStep(page, plan, 'Sign off plan');
  await expect(plan.getByRole('status')).toContainText('The plan is now "Signed off');
  const history = plan.getByRole('table', { name: 'Plan history' });
  await expect(history.getByRole('row').filter({ hasText: 'Signed off' })).toContainText(head.name);

  // SharePoint stamped who: the item's createdBy is the head of service whose token wrote it.
  const stamped = await adminGraph.get<{
    value: {
      createdBy?: { user?: { email?: string; displayName?: string } };
      fields: Record<string, unknown>;
    }[];
  }>(`/sites/root/lists/${signOffsListId}/items?$expand=fields`);
  const mine = stamped.value.filter((i) => i.fields.PlanId === id);
  expect(mine.map((i) => [i.fields.Decision, i.createdBy?.user])).toEqual([
    ['signed_off', { email: head.upn, displayName: head.name }],
  ]);

  // An officer may edit plans, so SharePoint takes a PATCH of the plan's own fields…
  const asOfficer = await stack.graphAs(officer.upn);
  const lists = await adminGraph.get<{ value: { id: string; displayName: string }[] }>(
    '/sites/root/lists?$select=id,displayName',
  );
  const plansListId = lists.value.find((l) => l.displayName === actionPlansList.displayName)!.id;
  const planItems = await adminGraph.get<{
    value: { id: string; fields: Record<string, unknown> }[];
  }>(`/sites/root/lists/${plansListId}/items?$expand=fields`);
  const planItem = planItems.value.find((i) => i.fields.PlanId === id);
  expect(planItem).toBeDefined();
  // A site provisioned by an older version still has the page-written History column.
  await adminGraph
    .post(`/sites/root/lists/${plansListId}/columns`, {
      name: 'History',
      text: { allowMultipleLines: true },
    })
    .catch(() => undefined); // there already, from an earlier run of this test
  await asOfficer.patch(`/sites/root/lists/${plansListId}/items/${planItem!.id}/fields`, {
    PlanState: 'draft',
    SignOffsSeen: 0,
    History: JSON.stringify([
      {
        at: '2026-05-01T10:00:00Z',
        by: { name: demoPeople.headOfAdults.name },
        action: 'returned',
        comment: 'Forged return',
      },
    ]),
  });

  // …but what the tab shows comes from the sign-offs SharePoint stamped.
  await closePlan(page);
  await page.reload();
  await expect(page.getByText(/^Updated \d/)).toBeVisible({ timeout: 30_000 });
  await signInAs(page, officer);
  await page.getByRole('tab', { name: 'Action plans' }).click();
  const row = page.getByRole('row').filter({ hasText: id });
  await expect(row).toContainText('Signed off');
  await expect(row).toContainText(`Signed off by ${head.name}`);
  await expect(row).not.toContainText('Draft');
  plan = await openPlan(page, id);
  await expect(plan.getByRole('button', { name: 'Submit for sign-off' })).toHaveCount(0);
  const shownHistory = plan.getByRole('table', { name: 'Plan history' });
  await expect(shownHistory.getByRole('row').filter({ hasText: 'Signed off' })).toContainText(
    head.name,
  );
  await expect(shownHistory).not.toContainText('Forged return');
  await expect(shownHistory.getByRole('row').filter({ hasText: 'Returned' })).toHaveCount(0);
});

test('the settings are read-only to an officer, and a forced save is refused with nothing written', async ({
  page,
}) => {
  const before = (await must(admin.loadSnapshot())).settings;

  await openTabAs(page, officer);
  await page.getByRole('tab', { name: 'Settings' }).click();
  const settings = page.getByRole('form', { name: 'Settings' });
  await expect(settings).toContainText(
    'Only complaints managers can change these settings. Ask a complaints manager if something here needs to change.',
  );
  // Read-only, not disabled: it stays in the tab order and is read out with its value.
  await expect(settings.getByLabel('Council name')).toHaveAttribute('readonly', '');
  await expect(settings.getByLabel('Council name')).not.toBeEditable();
  await expect(settings.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // A complaints manager gets the form.
  await signInAs(page, demoPeople.complaintsManager);
  await expect(settings.getByRole('button', { name: 'Save settings' })).toBeVisible();
  await expect(settings.getByLabel('Council name')).toBeEditable();
  await expect(settings).not.toContainText('Only complaints managers can change');

  // Forced: a page that cannot read the officer's groups offers the form; SharePoint refuses.
  await page.route('**/_api/web/currentuser/groups**', (route) => route.abort());
  await page.reload();
  await expect(page.getByText(/^Updated \d/)).toBeVisible({ timeout: 30_000 });
  await signInAs(page, officer);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await settings.getByLabel('Council name').fill('Forged County Council');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('alert')).toContainText(
    'only complaints managers can change the settings',
  );
  await expect(settings.getByLabel('Council name')).toHaveValue('Forged County Council');
  await page.unroute('**/_api/web/currentuser/groups**');

  expect((await must(admin.loadSnapshot())).settings).toEqual(before);
});
