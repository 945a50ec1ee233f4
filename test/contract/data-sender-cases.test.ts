import { describe, expect, it } from 'vitest';
import { newComplaint, testEmail, withEmulatorStore } from './data-fixtures';

const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };

// A small threshold, so a filter SharePoint would refuse on a large list is refused here too.
const h = withEmulatorStore({ largeListThreshold: 50 });

describe('openCasesFromSender against the emulator (indexed, as SharePoint requires)', () => {
  it("finds the sender's open cases from their emails, newest first, and not closed ones or other senders'", async () => {
    const store = h.store();
    const sender = { name: 'Robin Example', address: 'robin.example@example.org' };
    const save = async (receivedAt: string, from = sender) => {
      const saved = await store.saveCaseFromEmail(
        newComplaint({ received: receivedAt.slice(0, 10) as never }),
        testEmail({ from, receivedAt }),
        officer,
      );
      if (!saved.ok) throw new Error(saved.error.message);
      return saved.value;
    };
    const older = await save('2025-03-03T09:00:00Z');
    const newer = await save('2025-05-05T09:00:00Z');
    const closed = await save('2025-04-04T09:00:00Z');
    const longAgo = await save('2023-01-09T09:00:00Z');
    await save('2025-05-06T09:00:00Z', {
      name: 'Someone Else',
      address: 'someone.else@example.org',
    });
    const stage = closed.stages[0]!;
    const responded = await store.recordStageEvent(
      closed.case.value.reference,
      1,
      { kind: 'responded', on: '2025-04-20', outcome: 'not_upheld' },
      stage.etag,
    );
    expect(responded.ok).toBe(true);
    // A later email from the same sender, in another thread, on the older case.
    const added = await store.addEmailToCase(
      older.case.value.reference,
      testEmail({ from: sender, receivedAt: '2025-05-20T09:00:00Z' }),
    );
    expect(added.ok).toBe(true);

    // The address in another case, as Outlook may give it.
    const found = await store.openCasesFromSender('Robin.Example@example.org', '2024-06-01');
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.map((f) => f.case.value.reference)).toEqual([
      older.case.value.reference,
      newer.case.value.reference,
    ]);
    expect(found.value[0]!.stages.map((s) => s.value.number)).toEqual([1]);
    expect(found.value.map((f) => f.case.value.reference)).not.toContain(
      longAgo.case.value.reference,
    );

    const none = await store.openCasesFromSender('nobody@example.org', '2024-06-01');
    expect(none.ok && none.value).toEqual([]);
  });

  it('the Correspondence list refuses the same filter on a column that is not indexed', async () => {
    // The check above means something only if the emulator refuses what SharePoint refuses.
    const list = h.provision.lists.Correspondence;
    const response = await fetch(
      `${h.emulator.graphUrl}/sites/root/lists/${list}/items?$expand=fields&$filter=${encodeURIComponent("fields/FromName eq 'Robin Example'")}`,
    );
    expect(response.status).toBe(400);
  });
});
