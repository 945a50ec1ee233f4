import { describe, expect, it } from 'vitest';
import { newComplaint, testEmail, withEmulatorStore } from './data-fixtures';

const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };
const h = withEmulatorStore();

describe('withdrawCase against the emulator', () => {
  it("closes the case with the stage's and the case's outcome, the reason on the version SharePoint stamped", async () => {
    const store = h.store();
    const sender = { name: 'Lee Example', address: 'lee.withdraw@example.org' };
    const saved = await store.saveCaseFromEmail(
      newComplaint(),
      testEmail({ from: sender }),
      officer,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const reference = saved.value.case.value.reference;
    expect(
      (await store.openCasesFromSender(sender.address, '2025-01-01')).ok &&
        (await store.openCasesFromSender(sender.address, '2025-01-01')),
    ).toMatchObject({ value: [{ case: { value: { reference } } }] });

    const done = await store.withdrawCase(
      reference,
      {
        reason: 'complainant_withdrew',
        on: '2025-12-22',
        why: 'Withdrawn: the complainant withdrew it.',
      },
      saved.value.case.etag,
    );
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.value.case.value).toMatchObject({
      status: 'closed',
      closed: '2025-12-22',
      outcome: 'withdrawn',
      withdrawnAs: 'complainant_withdrew',
    });
    expect(done.value.stages.map((s) => s.value.outcome)).toEqual(['withdrawn']);
    // No response was given: the stage keeps no response date.
    expect(done.value.stages[0]!.value.responded).toBeUndefined();

    // The reason is on the item, and on its newest version with SharePoint's Editor and Modified.
    const list = h.provision.lists.Cases;
    const item = await h.client.get<{ fields: Record<string, unknown> }>(
      `/sites/root/lists/${list}/items/${done.value.case.itemId}?$expand=fields`,
    );
    expect(item.fields['ChangeReason']).toBe('Withdrawn: the complainant withdrew it.');
    const versions = await h.client.get<{
      value: {
        fields?: Record<string, unknown>;
        lastModifiedBy?: { user?: { displayName?: string } };
      }[];
    }>(`/sites/root/lists/${list}/items/${done.value.case.itemId}/versions?$expand=fields`);
    const newest = versions.value[0]!;
    expect(newest.fields?.['ChangeReason']).toBe('Withdrawn: the complainant withdrew it.');
    expect(newest.lastModifiedBy?.user?.displayName).toBeTruthy();

    // Withdrawn, it cannot be escalated, even by a client that skips the pane's offer.
    const escalated = await store.escalate(reference, 2, '2025-12-29', done.value.case.etag);
    expect(!escalated.ok && escalated.error).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/withdrawn, so it cannot be escalated/),
    });

    // No longer among the sender's open cases.
    const after = await store.openCasesFromSender(sender.address, '2025-01-01');
    expect(after.ok && after.value).toEqual([]);
  });

  it('refuses a stale ETag (a colleague changed the case) and writes nothing', async () => {
    const store = h.store();
    const saved = await store.saveCaseFromEmail(newComplaint(), testEmail(), officer);
    if (!saved.ok) throw new Error(saved.error.message);
    const reference = saved.value.case.value.reference;
    const changed = await store.updateCase(
      reference,
      { summary: 'Changed by a colleague' },
      saved.value.case.etag,
    );
    expect(changed.ok).toBe(true);
    const stale = await store.withdrawCase(
      reference,
      { reason: 'duplicate', on: '2025-12-22', why: 'Withdrawn: a duplicate.' },
      saved.value.case.etag,
    );
    expect(!stale.ok && stale.error.code).toBe('conflict');
    const now = await store.getCase(reference);
    expect(now.ok && now.value?.case.value.status).toBe('open');
    expect(now.ok && now.value?.stages[0]?.value.outcome).toBeUndefined();
  });

  it('refuses a closed case and a withdrawal without a reason', async () => {
    const store = h.store();
    const saved = await store.saveCaseFromEmail(newComplaint(), testEmail(), officer);
    if (!saved.ok) throw new Error(saved.error.message);
    const reference = saved.value.case.value.reference;
    const blank = await store.withdrawCase(
      reference,
      { reason: 'complainant_withdrew', on: '2025-12-22', why: '  ' },
      saved.value.case.etag,
    );
    expect(!blank.ok && blank.error.code).toBe('invalid');
    const first = await store.withdrawCase(
      reference,
      { reason: 'resolved_informally', on: '2025-12-22', why: 'Withdrawn: resolved informally.' },
      saved.value.case.etag,
    );
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.case.value).toMatchObject({
      outcome: 'resolved_early',
      withdrawnAs: 'resolved_informally',
    });
    const again = await store.withdrawCase(
      reference,
      { reason: 'duplicate', on: '2025-12-23', why: 'Withdrawn: a duplicate.' },
      first.value.case.etag,
    );
    expect(!again.ok && again.error.message).toContain('already closed');
  });
});
