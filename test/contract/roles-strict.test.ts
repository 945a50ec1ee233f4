/**
 * Who may do what, decided by the store (issue 14): against the strict emulator with the site's
 * groups and list permissions set up by provisioning, an officer's token cannot add a sign-off,
 * change the settings or rewrite a decision; a head of service's sign-off is stamped with
 * their identity; a forged plan state changes nothing the tab derives. Every "nothing written"
 * is checked through Graph with the administrator's token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { createStrictMode, type StrictMode } from '../../emulator/strict/strictMode';
import { createGraphClient, GraphRequestError, type GraphClient } from '../../src/data/graph';
import { createGraphStore } from '../../src/data/graphStore/createGraphStore';
import { equalityList, signOffsList, settingsList } from '../../src/data/lists';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { applyPermissionPlan, permissionPlan } from '../../src/data/provision/permissionPlan';
import { addDemoMembers } from '../../src/data/seed/demoMembers';
import { demoPeople, demoUsers } from '../../src/data/seed/demoPeople';
import { createSharePointRest, SharePointRestError } from '../../src/data/sharepoint/restClient';
import { sharePointScope } from '../../src/data/sharepoint/webUrl';
import { defaultCouncilSettings, type ActionPlan } from '../../src/domain/records';
import { asCaseReference, asIsoDate } from '../../src/domain/primitives/brand';
import { selectPlanRows, signOffsOf } from '../../src/tab/views/plans/selectPlans';
import { fetchTrusting } from '../unit/emulator/strict/trustingFetch';

const officer = demoPeople.officer;
const head = demoPeople.headOfChildren;
const manager = demoPeople.complaintsManager;
const GRAPH_SCOPE = 'https://graph.microsoft.com/Sites.Selected';

let dataDir: string;
let strict: StrictMode;
let emulator: RunningEmulator;
const realFetch = globalThis.fetch;

/** A token from `POST /_dev/token`, for `user` (a sign-in name) or, without, the administrator. */
async function token(scope: string, user?: string): Promise<string> {
  const response = await fetch(`${emulator.url}/_dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scopes: [scope], ...(user ? { user } : {}) }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
}

const graphAs = async (user?: string): Promise<GraphClient> => {
  const t = await token(GRAPH_SCOPE, user);
  return createGraphClient({ baseUrl: emulator.graphUrl, getAccessToken: async () => t });
};
const restAs = async (user?: string) => {
  const t = await token(sharePointScope(emulator.url), user);
  return createSharePointRest({ webUrl: emulator.url, getAccessToken: async () => t });
};
const storeAs = async (user?: string) =>
  createGraphStore(await graphAs(user), {
    siteId: 'root',
    sharePoint: await restAs(user),
  });

let admin: GraphClient;
let listIds: Record<string, string>;

const items = async (list: string) =>
  (
    await admin.get<{ value: { id: string; fields: Record<string, unknown> }[] }>(
      `/sites/root/lists/${listIds[list]}/items?$expand=fields`,
    )
  ).value;

const plan: ActionPlan = {
  schemaVersion: 2,
  id: 'AP-2026-0001',
  caseReference: asCaseReference('CSC-2026-0001'),
  title: 'Supervision audits',
  recommendations: 'Audit supervision monthly.',
  state: 'draft',
  signOffsSeen: 0,
  headOfService: { name: head.name, upn: head.upn },
};

async function refusal(request: Promise<unknown>): Promise<GraphRequestError> {
  const error = await request.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GraphRequestError))
    throw new Error(`expected a Graph refusal, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'fd-roles-'));
  strict = createStrictMode({
    dataDir,
    directory: demoUsers.map((u) => ({ upn: u.upn, displayName: u.name })),
  });
  emulator = await startEmulator({ dataDir, ...strict.options });
  globalThis.fetch = fetchTrusting(strict.cert, emulator.url, realFetch);
  admin = await graphAs();
  listIds = (await provisionSite(admin, 'root')).lists;
  const rest = await restAs();
  await applyPermissionPlan(rest, permissionPlan());
  await addDemoMembers(rest);
  const adminStore = createGraphStore(admin, { siteId: 'root' });
  const saved = await adminStore.savePlan(plan);
  if (!saved.ok) throw new Error(saved.error.message);
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('POST /_dev/token with user', () => {
  it('issues a token for a person of the directory, and refuses anyone else', async () => {
    const response = await fetch(`${emulator.url}/_dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scopes: [GRAPH_SCOPE], user: 'nobody@example.gov.uk' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    const rest = await restAs(officer.upn);
    expect(await rest.get('web/currentuser')).toMatchObject({
      Title: officer.name,
      Email: officer.upn,
    });
  });

  it('a Graph token is refused by SharePoint’s REST API, as a real site refuses it', async () => {
    const graphToken = await token(GRAPH_SCOPE, officer.upn);
    const rest = createSharePointRest({
      webUrl: emulator.url,
      getAccessToken: async () => graphToken,
    });
    await expect(rest.get('web/currentuser')).rejects.toMatchObject({ status: 401 });
  });
});

describe('an officer’s token', () => {
  it('knows its roles: an officer, not a head of service, and who the heads of service are', async () => {
    const roles = await (await storeAs(officer.upn)).siteRoles();
    expect(roles).toEqual({
      ok: true,
      value: {
        mine: ['officers'],
        headsOfService: [
          { name: demoPeople.headOfChildren.name, upn: demoPeople.headOfChildren.upn },
          { name: demoPeople.headOfAdults.name, upn: demoPeople.headOfAdults.upn },
        ],
      },
    });
  });

  it('may submit a plan, and the plan’s version history says it was them', async () => {
    const store = await storeAs(officer.upn);
    const snapshot = await store.loadSnapshot();
    const stored = snapshot.ok && snapshot.value.plans.find((p) => p.value.id === plan.id);
    if (!stored) throw new Error('plan not loaded');
    const submitted = await store.takePlanStep(plan.id, 'submit', '', stored.etag);
    expect(submitted).toMatchObject({ ok: true, value: { kind: 'plan' } });
    const versions = await store.planVersions(plan.id);
    expect(versions.ok && versions.value[0]).toMatchObject({
      by: { name: officer.name, upn: officer.upn },
      recordedState: 'submitted',
    });
  });

  it('cannot sign off: the store refuses with 403 accessDenied and nothing is written', async () => {
    const client = await graphAs(officer.upn);
    const raw = await refusal(
      client.post(`/sites/root/lists/${listIds['Sign-offs']}/items`, {
        fields: signOffsList.toFields({
          schemaVersion: 1,
          key: `${plan.id}/1`,
          planId: plan.id,
          decision: 'signed_off',
          comment: 'Forged',
        }),
      }),
    );
    expect({ status: raw.status, code: raw.code }).toEqual({ status: 403, code: 'accessDenied' });
    const store = await storeAs(officer.upn);
    const refused = await store.takePlanStep(plan.id, 'sign_off', 'Looks fine', '*');
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!refused.ok && refused.error.message).toMatch(/only heads of service/i);
    expect(await items('Sign-offs')).toEqual([]);
  });

  it('cannot change the settings (403), which stay as they were', async () => {
    const before = await items('Settings');
    const client = await graphAs(officer.upn);
    const created = await refusal(
      client.post(`/sites/root/lists/${listIds.Settings}/items`, {
        fields: {
          ...settingsList.toFields({ ...defaultCouncilSettings(), councilName: 'Forged' }),
        },
      }),
    );
    expect(created.status).toBe(403);
    const store = await storeAs(officer.upn);
    const saved = await store.saveSettings({
      ...defaultCouncilSettings(),
      councilName: 'Forged council',
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!saved.ok && saved.error.message).toMatch(/only complaints managers/i);
    expect(await items('Settings')).toEqual(before);
    // The complaints manager may.
    const managerStore = await storeAs(manager.upn);
    expect(
      await managerStore.saveSettings({
        ...defaultCouncilSettings(),
        councilName: 'Example County Council',
      }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('cannot record a refused complaint (403), and nothing is written; a complaints manager can', async () => {
    const refusal = {
      schemaVersion: 1 as const,
      id: 'REF-2025-0001',
      received: asIsoDate('2025-06-02'),
      refused: asIsoDate('2025-06-09'),
      procedure: 'corporate' as const,
      reason: 'service_request' as const,
      signposted: true,
    };
    const refused = await (await storeAs(officer.upn)).saveRefusal(refusal);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /only complaints managers can record refused complaints\. Nothing was saved/,
    );
    expect(await items('Refusals')).toEqual([]);
    const managerStore = await storeAs(manager.upn);
    const saved = await managerStore.saveRefusal(refusal);
    expect(saved).toMatchObject({ ok: true });
    expect((await items('Refusals')).map((i) => i.fields.RefusalId)).toEqual(['REF-2025-0001']);
    // An officer's edit of the manager's record is refused too, and leaves it as it was.
    const edit = await (
      await storeAs(officer.upn)
    ).saveRefusal({ ...refusal, signposted: false }, saved.ok ? saved.value.etag : undefined);
    expect(edit).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await items('Refusals'))[0]?.fields.Signposted).toBe(true);
  });

  it('cannot record an Ombudsman case, a cost or the Ombudsman’s annual figures (403); a complaints manager can', async () => {
    const decision = {
      schemaVersion: 1 as const,
      reference: '25 003 118',
      procedure: 'children_statutory' as const,
      received: asIsoDate('2025-05-12'),
      remedyAmount: 0,
      remedyTypes: [],
    };
    const cost = {
      schemaVersion: 1 as const,
      id: 'COST-2025-0001',
      date: asIsoDate('2025-05-12'),
      type: 'mediation' as const,
      amount: 120,
    };
    const store = await storeAs(officer.upn);
    const refused = await store.saveOmbudsmanCase(decision);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /only complaints managers can record Ombudsman cases/,
    );
    const refusedCost = await store.saveCost(cost);
    expect(!refusedCost.ok && refusedCost.error.message).toMatch(
      /only complaints managers can record costs/,
    );
    const refusedYear = await store.saveOmbudsmanYear({
      schemaVersion: 1,
      year: '2024-25',
      decisions: 3,
    });
    expect(!refusedYear.ok && refusedYear.error.message).toMatch(
      /only complaints managers can record the Ombudsman's annual figures/,
    );
    expect(await items('Ombudsman')).toEqual([]);
    expect(await items('Costs')).toEqual([]);
    expect(await items('Ombudsman annual figures')).toEqual([]);
    const managerStore = await storeAs(manager.upn);
    expect(await managerStore.saveOmbudsmanCase(decision)).toMatchObject({ ok: true });
    expect(await managerStore.saveCost(cost)).toMatchObject({ ok: true });
    expect(
      await managerStore.saveOmbudsmanYear({ schemaVersion: 1, year: '2024-25', decisions: 3 }),
    ).toMatchObject({ ok: true });
  });

  it('cannot create lists or columns', async () => {
    const client = await graphAs(officer.upn);
    const error = await refusal(
      client.post('/sites/root/lists', {
        displayName: 'Shadow sign-offs',
        list: { template: 'genericList' },
      }),
    );
    expect(error.status).toBe(403);
  });
});

describe('a head of service’s sign-off', () => {
  it('is stamped with their identity by SharePoint, and moves the plan on', async () => {
    const store = await storeAs(head.upn);
    const snapshot = await store.loadSnapshot();
    const stored = snapshot.ok && snapshot.value.plans.find((p) => p.value.id === plan.id);
    if (!stored) throw new Error('plan not loaded');
    const signed = await store.takePlanStep(plan.id, 'sign_off', 'Agreed.', stored.etag);
    expect(signed).toMatchObject({ ok: true, value: { kind: 'sign_off' } });
    const [item] = await admin
      .get<{ value: { createdBy: { user: { displayName: string; email: string } } }[] }>(
        `/sites/root/lists/${listIds['Sign-offs']}/items?$select=id,createdBy,createdDateTime`,
      )
      .then((r) => r.value);
    expect(item?.createdBy.user).toEqual({ displayName: head.name, email: head.upn });
    const after = await store.loadSnapshot();
    if (!after.ok) throw new Error(after.error.message);
    const row = selectPlanRows(
      after.value.plans,
      signOffsOf(after.value),
      asIsoDate('2026-06-01'),
    )[0];
    expect(row).toMatchObject({ state: 'signed_off' });
    expect(row?.lastStep).toMatch(
      // The day in England, written out: 'on 4 December 2026'.
      new RegExp(`^Signed off by ${head.name} on \\d{1,2} [A-Z][a-z]+ \\d{4}$`),
    );
  });

  it('cannot be rewritten afterwards, not even by the head of service who made it', async () => {
    const [signOff] = await items('Sign-offs');
    for (const user of [officer.upn, head.upn, manager.upn]) {
      const client = await graphAs(user);
      const edit = await refusal(
        client.patch(`/sites/root/lists/${listIds['Sign-offs']}/items/${signOff!.id}/fields`, {
          Decision: 'returned',
        }),
      );
      expect(edit.status).toBe(403);
      const removal = await refusal(
        client.delete(`/sites/root/lists/${listIds['Sign-offs']}/items/${signOff!.id}`),
      );
      expect(removal.status).toBe(403);
    }
    expect((await items('Sign-offs')).map((i) => i.fields.Decision)).toEqual(['signed_off']);
  });
});

describe('a forged plan state', () => {
  it('written on the plan by an officer changes nothing the tab shows', async () => {
    const officerStore = await storeAs(officer.upn);
    const before = await officerStore.loadSnapshot();
    if (!before.ok) throw new Error(before.error.message);
    const today = asIsoDate('2026-06-01');
    const shown = selectPlanRows(before.value.plans, signOffsOf(before.value), today);
    const [planItem] = await items('Action plans');
    // A site provisioned by an older version still has the page-written History column.
    await admin.post(`/sites/root/lists/${listIds['Action plans']}/columns`, {
      name: 'History',
      text: { allowMultipleLines: true },
    });
    const client = await graphAs(officer.upn);
    // The officer may edit plans, so SharePoint lets the fields through…
    await client.patch(
      `/sites/root/lists/${listIds['Action plans']}/items/${planItem!.id}/fields`,
      {
        PlanState: 'closed',
        SignOffsSeen: 7,
        History: JSON.stringify([
          { at: '2026-05-01T10:00:00Z', by: { name: 'David Lennox' }, action: 'sign_off_complete' },
        ]),
      },
    );
    const after = await officerStore.loadSnapshot();
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.plans[0]?.value.state).toBe('closed');
    // …but the state shown comes from the sign-offs SharePoint stamped.
    const rows = selectPlanRows(after.value.plans, signOffsOf(after.value), today);
    expect(rows.map((r) => [r.state, r.stateLabel, r.lastStep])).toEqual(
      shown.map((r) => [r.state, r.stateLabel, r.lastStep]),
    );
    expect(rows[0]?.state).toBe('signed_off');
  });
});

describe('equality monitoring, a list only complaints managers can open', () => {
  const reference = asCaseReference('CSC-2026-0042');
  const answers = {
    schemaVersion: 1 as const,
    caseReference: reference,
    ethnicity: 'not_disclosed' as const,
    ageBand: '35_44' as const,
  };

  it('a complaints manager records and reads the answers', async () => {
    const asManager = await storeAs(manager.upn);
    const saved = await asManager.saveEquality(answers);
    expect(saved).toMatchObject({ ok: true, value: { value: answers } });
    expect(await asManager.readEquality(reference)).toMatchObject({
      ok: true,
      value: { value: answers },
    });
    expect(await asManager.readAllEquality()).toMatchObject({ ok: true, value: [answers] });
  });

  it('is left out of the site’s lists for an officer and a head of service, and its items are refused by id (403)', async () => {
    for (const person of [officer, head]) {
      const graph = await graphAs(person.upn);
      const lists = await graph.get<{ value: { displayName: string }[] }>(
        '/sites/root/lists?$select=id,displayName',
      );
      const names = lists.value.map((l) => l.displayName);
      expect(names).toContain('Cases');
      expect(names).not.toContain(equalityList.displayName);
      const error = await refusal(
        graph.get(`/sites/root/lists/${listIds[equalityList.displayName]}/items?$expand=fields`),
      );
      expect(error.status).toBe(403);
      // The lists of the team's daily work still read.
      await expect(graph.get(`/sites/root/lists/${listIds.Cases}/items`)).resolves.toBeDefined();
    }
  });

  it('an officer can neither read nor record it through the store; nothing is written', async () => {
    const asOfficer = await storeAs(officer.upn);
    const read = await asOfficer.readEquality(reference);
    expect(read).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await asOfficer.readAllEquality()).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const written = await asOfficer.saveEquality({ ...answers, sex: 'female' });
    expect(written).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const held = await items(equalityList.displayName);
    expect(held).toHaveLength(1);
    expect(held[0]?.fields).toMatchObject({ CaseReference: reference, Ethnicity: 'not_disclosed' });
    expect(held[0]?.fields.Sex).toBeUndefined();
  });
});

describe('provisioning’s permissions', () => {
  it('a second run changes nothing', async () => {
    expect(await applyPermissionPlan(await restAs(), permissionPlan())).toEqual([]);
  });

  it('only the site’s owners may change groups or permissions', async () => {
    const rest = await restAs(officer.upn);
    await expect(
      rest.post('web/sitegroups', { Title: 'Officers who sign off' }),
    ).rejects.toBeInstanceOf(SharePointRestError);
    await expect(
      rest.post(`web/sitegroups/getbyname('Heads%20of%20service')/users`, {
        LoginName: `i:0#.f|membership|${officer.upn}`,
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
