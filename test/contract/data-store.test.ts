import { describe, expect, it } from 'vitest';
import { allLists } from '../../src/data/lists';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { asCaseReference } from '../../src/domain/primitives/brand';
import { newComplaint, withEmulatorStore, testEmail } from './data-fixtures';

const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };

const h = withEmulatorStore();

describe('provisioning against the emulator', () => {
  it('creates every list the first time and changes nothing the second time', async () => {
    // Each list of the registry once, by name (the sorted comparison also catches a list made twice).
    const created = h.provision.changes.filter((c) => c.action === 'created_list');
    expect(created.map((c) => c.list).sort()).toEqual(allLists.map((l) => l.displayName).sort());
    expect(new Set(allLists.map((l) => l.displayName)).size).toBe(allLists.length);
    expect(h.provision.changes.some((c) => c.action === 'created_library')).toBe(true);
    const again = await provisionSite(h.client, 'root');
    expect(again.changes).toEqual([]);
    expect(again.lists).toEqual(h.provision.lists);
  });

  it('puts back an index someone removed, then is quiet again', async () => {
    const listPath = `/sites/root/lists/${h.provision.lists.Cases}/columns`;
    const columns = await h.client.get<{ value: { id: string; name: string }[] }>(listPath);
    const received = columns.value.find((c) => c.name === 'Received')!;
    await h.client.patch(`${listPath}/${received.id}`, { indexed: false });
    const repaired = await provisionSite(h.client, 'root');
    expect(repaired.changes).toEqual([
      { list: 'Cases', action: 'updated_column', column: 'Received', detail: '{"indexed":true}' },
    ]);
    expect((await provisionSite(h.client, 'root')).changes).toEqual([]);
  });
});

describe('saving a case from an email', () => {
  it('saves once, with a reference, its stage, its correspondence and the archived .eml', async () => {
    const store = h.store();
    const email = testEmail();
    const saved = await store.saveCaseFromEmail(newComplaint(), email, officer);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.case.value.reference).toMatch(/^CSC-2025-\d{4}$/);
    expect(saved.value.stages.map((s) => s.value.number)).toEqual([1]);
    const again = await store.saveCaseFromEmail(newComplaint(), email, officer);
    expect(again.ok && again.value.case.value.reference).toBe(saved.value.case.value.reference);
    const found = await store.findCaseForEmail({
      internetMessageId: email.internetMessageId,
      references: [],
    });
    expect(found.ok && found.value?.matchedBy).toBe('message');
    const eml = await fetch(
      `${h.emulator.graphUrl}/sites/root/lists/${h.provision.lists['Archived emails']}/drive/root:/${saved.value.case.value.reference}:/children`,
    );
    const files = (await eml.json()) as { value: { name: string }[] };
    expect(files.value).toHaveLength(1);
    expect(files.value[0]!.name).toMatch(/^2025-12-19-[0-9a-f]{12}\.eml$/);
  });

  it('gives the next reference to the next case', async () => {
    const store = h.store();
    const a = await store.saveCaseFromEmail(
      newComplaint({ procedure: 'corporate' }),
      testEmail(),
      officer,
    );
    const b = await store.saveCaseFromEmail(
      newComplaint({ procedure: 'corporate' }),
      testEmail(),
      officer,
    );
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const seq = (r: string) => Number(r.slice(-4));
    expect(seq(b.value.case.value.reference)).toBe(seq(a.value.case.value.reference) + 1);
  });

  it('gives colleagues saving at the same moment different references', async () => {
    const store = h.store();
    const saves = await Promise.all(
      [1, 2, 3].map(() =>
        store.saveCaseFromEmail(
          newComplaint({ procedure: 'adults_statutory' }),
          testEmail(),
          officer,
        ),
      ),
    );
    const references = saves.map((s) => (s.ok ? s.value.case.value.reference : s.error.message));
    expect(references.every((r) => /^ASC-2025-\d{4}$/.test(r))).toBe(true);
    expect(new Set(references).size).toBe(3);
  });

  it('lands exactly once when the create answers 503 after writing, and after a 429', async () => {
    const store = h.store();
    const before = await store.loadSnapshot();
    const count = before.ok ? before.value.cases.length : -1;
    await h.control('POST', 'faults', {
      faults: [
        {
          status: 503,
          retryAfterSeconds: 0,
          method: 'POST',
          pathPattern: '/items$',
          afterWrite: true,
        },
        { status: 429, retryAfterSeconds: 0, method: 'POST', pathPattern: '/items$' },
      ],
    });
    await h.control('POST', 'stats/reset');
    const email = testEmail();
    const saved = await store.saveCaseFromEmail(newComplaint(), email, officer);
    const stats = await h.stats();
    await h.control('DELETE', 'faults');
    expect(saved.ok).toBe(true);
    // Both faults were met (and survived by the SDK's RetryHandler and the unique key).
    expect(stats.byStatus['503']).toBe(1);
    expect(stats.byStatus['429']).toBe(1);
    const after = await store.loadSnapshot();
    expect(after.ok && after.value.cases.length).toBe(count + 1);
    expect(
      after.ok &&
        after.value.correspondence.filter(
          (c) => c.value.internetMessageId === email.internetMessageId,
        ),
    ).toHaveLength(1);
  });

  it('survives a dropped connection: the retry by the user finds the first case', async () => {
    const store = h.store();
    const email = testEmail();
    await h.control('POST', 'faults', {
      faults: [{ drop: true, method: 'POST', pathPattern: '/items$', afterWrite: true }],
    });
    const first = await store.saveCaseFromEmail(newComplaint(), email, officer);
    await h.control('DELETE', 'faults');
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.error.code).toBe('network');
    const retry = await store.saveCaseFromEmail(newComplaint(), email, officer);
    expect(retry.ok).toBe(true);
    const found = await store.findCaseForEmail({
      internetMessageId: email.internetMessageId,
      references: [],
    });
    expect(found.ok && found.value?.case.value.reference).toBe(
      retry.ok && retry.value.case.value.reference,
    );
  });
});

describe('conflicts and rules', () => {
  it('turns a stale ETag into a conflict with a plain message', async () => {
    const store = h.store();
    const saved = await store.saveCaseFromEmail(newComplaint(), testEmail(), officer);
    if (!saved.ok) throw new Error(saved.error.message);
    const { reference } = saved.value.case.value;
    const etag = saved.value.case.etag;
    const first = await store.updateCase(reference, { summary: 'Changed by a colleague' }, etag);
    expect(first.ok).toBe(true);
    const second = await store.updateCase(reference, { summary: 'My change' }, etag);
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.error.code).toBe('conflict');
      expect(second.error.message).toMatch(
        /Someone else changed this in SharePoint while you were working on it/,
      );
    }
  });

  it('escalates, records a response, and finds a case by a quoted reference', async () => {
    const store = h.store();
    const saved = await store.saveCaseFromEmail(newComplaint(), testEmail(), officer);
    if (!saved.ok) throw new Error(saved.error.message);
    const { reference } = saved.value.case.value;
    const responded = await store.recordStageEvent(
      reference,
      1,
      { kind: 'responded', on: '2026-01-07', outcome: 'not_upheld' },
      saved.value.stages[0]!.etag,
    );
    expect(responded.ok && responded.value.case.value.status).toBe('closed');
    if (!responded.ok) return;
    const escalated = await store.escalate(reference, 2, '2026-01-20', responded.value.case.etag);
    expect(escalated.ok && escalated.value.stages.map((s) => s.value.number)).toEqual([1, 2]);
    expect(escalated.ok && escalated.value.case.value.status).toBe('open');
    // The case's history says why it moved, on the version SharePoint stamped.
    const changes = await store.caseChanges(reference);
    expect(changes.ok && changes.value[0]).toMatchObject({
      why: 'Escalated to Stage 2, requested on 20 January 2026; the closed case was reopened.',
    });
    const found = await store.findCaseForEmail({
      internetMessageId: '<unrelated@example.org>',
      references: [reference],
    });
    expect(found.ok && found.value?.matchedBy).toBe('reference');
    const missing = await store.getCase(asCaseReference('CSC-1999-0001'));
    expect(missing).toEqual({ ok: true, value: undefined });
  });
});

describe('action plan steps', () => {
  it('a submit is written on the plan, a sign-off is an item of its own; a stale step is refused', async () => {
    const store = h.store({
      now: () => new Date('2026-02-01T10:00:00Z'),
    });
    const plan = await store.savePlan({
      schemaVersion: 2,
      id: 'AP-2026-0001',
      caseReference: asCaseReference('CSC-2025-0001'),
      title: 'Improve care plan reviews',
      recommendations: '',
      state: 'draft',
      signOffsSeen: 0,
    });
    if (!plan.ok) throw new Error(plan.error.message);
    const early = await store.takePlanStep('AP-2026-0001', 'sign_off', '', plan.value.etag);
    expect(!early.ok && early.error.code).toBe('invalid');
    const submitted = await store.takePlanStep('AP-2026-0001', 'submit', '', plan.value.etag);
    if (!submitted.ok || submitted.value.kind !== 'plan') throw new Error('not submitted');
    expect(submitted.value.plan.value).toMatchObject({ state: 'submitted', signOffsSeen: 0 });
    const signed = await store.takePlanStep('AP-2026-0001', 'sign_off', ' Agreed ', '*');
    expect(signed.ok && signed.value).toMatchObject({
      kind: 'sign_off',
      signOff: {
        value: {
          key: 'AP-2026-0001/1',
          planId: 'AP-2026-0001',
          decision: 'signed_off',
          comment: 'Agreed',
        },
        createdBy: { name: 'Emulator User' },
      },
    });
    const stale = await store.takePlanStep('AP-2026-0001', 'complete', '', plan.value.etag);
    expect(!stale.ok && stale.error.code).toBe('conflict');
    const again = await store.takePlanStep('AP-2026-0001', 'sign_off', '', '*');
    expect(!again.ok && again.error.code).toBe('invalid');
  });
});
