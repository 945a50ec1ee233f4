import { describe, expect, it } from 'vitest';
import type { CaseMatch } from '../../../src/data/store';
import { asIsoDate } from '../../../src/domain/primitives/brand';
import { withdrawCase, withdrawalWhy } from '../../../src/services/withdrawCase';
import { createMemoryStore } from '../../support/memoryStore';

describe('withdrawalWhy: the reason as kept with the case', () => {
  it('each reason in words, with the detail when given', () => {
    expect(withdrawalWhy('complainant_withdrew')).toBe('Withdrawn: the complainant withdrew it.');
    expect(withdrawalWhy('resolved_informally')).toBe('Withdrawn: resolved informally.');
    expect(withdrawalWhy('duplicate', ' CSC-2025-0040 ')).toBe(
      'Withdrawn: a duplicate of another case (CSC-2025-0040).',
    );
    expect(withdrawalWhy('duplicate', '   ')).toBe('Withdrawn: a duplicate of another case.');
  });
});

describe('withdrawCase', () => {
  const saveOne = async () => {
    const memory = createMemoryStore();
    const saved = await memory.store.saveCaseFromEmail(
      {
        type: 'complaint',
        procedure: 'corporate',
        stage: 1,
        received: asIsoDate('2025-06-02'),
        summary: 'Bins',
        complainant: 'other',
        causes: [],
        earlyResolution: false,
        learning: [],
        jointWithNhs: false,
        timeLimitWaived: false,
      },
      {
        internetMessageId: '<w1@mail.example>',
        subject: 'Bins',
        from: { address: 'lee@example.org' },
        to: ['complaints@council.example'],
        receivedAt: '2025-06-02T09:30:00Z',
        body: 'My bins were not collected.',
      },
      { name: 'Kim Vale' },
    );
    if (!saved.ok) throw new Error(saved.error.message);
    return {
      memory,
      store: memory.store,
      match: { ...saved.value, matchedBy: 'message' } as CaseMatch,
    };
  };

  it('resolved informally is recorded as resolved early, and the officer is told in words', async () => {
    const { memory, store, match } = await saveOne();
    const done = await withdrawCase(store, match, 'resolved_informally', '2025-06-05');
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.value.message).toBe(
      `${match.case.value.reference} closed on 5 June 2025: resolved informally.`,
    );
    expect(memory.callsOf('withdrawCase')[0]).toEqual([
      match.case.value.reference,
      { reason: 'resolved_informally', on: '2025-06-05', why: 'Withdrawn: resolved informally.' },
      match.case.etag,
    ]);
    expect(done.value.file.case.value).toMatchObject({
      status: 'closed',
      outcome: 'resolved_early',
      withdrawnAs: 'resolved_informally',
    });
  });

  it('a duplicate or a withdrawal by the complainant is recorded as withdrawn', async () => {
    const { store, match } = await saveOne();
    const done = await withdrawCase(store, match, 'duplicate', '2025-06-05', 'CSC-2025-0001');
    expect(done.ok && done.value.file.case.value.outcome).toBe('withdrawn');
    expect(done.ok && done.value.file.stages[0]?.value.outcome).toBe('withdrawn');
  });

  it('a failure comes back as the store said it, nothing claimed', async () => {
    const { memory, store, match } = await saveOne();
    memory.failNext('withdrawCase', { code: 'conflict', message: 'Someone else changed this.' });
    const done = await withdrawCase(store, match, 'complainant_withdrew', '2025-06-05');
    expect(!done.ok && done.error.code).toBe('conflict');
  });
});
