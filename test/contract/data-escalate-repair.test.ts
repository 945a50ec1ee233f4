import { describe, expect, it } from 'vitest';
import { newComplaint, testEmail, withEmulatorStore } from './data-fixtures';

/**
 * An escalation that stops half-way (the case moved to Stage 2, the new stage refused by the
 * server) is finished by trying again, with the same ETag the screen had: one Stage 2, and the
 * case written once. A retry never makes a second stage.
 */

const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };
const h = withEmulatorStore();

describe('an escalation whose new stage was not written', () => {
  it('fails, says so, and a retry writes only the missing stage', async () => {
    const store = h.store();
    const saved = await store.saveCaseFromEmail(newComplaint(), testEmail(), officer);
    if (!saved.ok) throw new Error(saved.error.message);
    const reference = saved.value.case.value.reference;
    const etag = saved.value.case.etag;

    // The next new item in the Stages list is refused with a 500 (not retried by the client).
    await h.control('POST', 'faults', {
      faults: [
        {
          status: 500,
          method: 'POST',
          pathPattern: `/lists/${h.provision.lists['Stages']}/items$`,
        },
      ],
    });
    const first = await store.escalate(reference, 2, '2026-01-12', etag);
    await h.control('DELETE', 'faults');
    expect(first.ok).toBe(false);

    // Half-way: the case is at Stage 2, with no Stage 2 record.
    const between = await store.getCase(reference);
    if (!between.ok || !between.value) throw new Error('the case should be there');
    expect(between.value.case.value.currentStage).toBe(2);
    expect(between.value.stages.map((s) => s.value.number)).toEqual([1]);

    // Pressed again from the same screen (its ETag is now stale): finished, not refused.
    const again = await store.escalate(reference, 2, '2026-01-12', etag);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.case.value).toMatchObject({ currentStage: 2, status: 'open' });
    expect(again.value.stages.map((s) => [s.value.number, s.value.requested])).toEqual([
      [1, '2025-12-19'],
      [2, '2026-01-12'],
    ]);

    // And once more: nothing new; a third stage is not the next one from here either.
    const third = await store.escalate(reference, 2, '2026-01-12', again.value.case.etag);
    expect(!third.ok && third.error.message).toBe('This case is already at Stage 2.');
    const after = await store.getCase(reference);
    expect(after.ok && after.value?.stages.map((s) => s.value.number)).toEqual([1, 2]);
  });
});
