import { describe, expect, it } from 'vitest';
import type { CaseMatch } from '../../../src/data/store';
import { asIsoDate } from '../../../src/domain/primitives/brand';
import { withdrawCase, withdrawalWhy } from '../../../src/services/withdrawCase';
import { createMemoryStore } from '../../support/memoryStore';

describe('withdrawalWhy: the reason as kept with the case', () => {
  it('each reason in words, with the detail when given', () => {
    expect(withdrawalWhy('complainant_withdrew')).toBe('Withdrawn: the complainant withdrew it.');
    expect(withdrawalWhy('resolved_informally')).toBe('Withdrawn: resolved informally.');
    expect(withdrawalWhy('duplicate', ' same letter twice ', 'CSC-2025-0040')).toBe(
      'Withdrawn: a duplicate of another case, CSC-2025-0040 (same letter twice).',
    );
    expect(withdrawalWhy('duplicate', '   ', 'CSC-2025-0040')).toBe(
      'Withdrawn: a duplicate of another case, CSC-2025-0040.',
    );
    expect(withdrawalWhy('saved_in_error', 'an auto-reply')).toBe(
      'Withdrawn: saved by mistake: not feedback (an auto-reply).',
    );
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

  it('a duplicate is recorded as withdrawn, naming the case it duplicates', async () => {
    const { store, match } = await saveOne();
    // The same matter saved first from an earlier email: the one this case duplicates.
    const first = await store.saveCaseFromEmail(
      { ...match.case.value, stage: 1, causes: [], learning: [] } as never,
      {
        internetMessageId: '<w2@mail.example>',
        subject: 'Bins again',
        from: { address: 'lee@example.org' },
        to: ['complaints@council.example'],
        receivedAt: '2025-06-03T09:30:00Z',
        body: 'My bins were still not collected.',
      },
      { name: 'Kim Vale' },
    );
    if (!first.ok) throw new Error(first.error.message);
    const original = first.value.case.value.reference;
    const done = await withdrawCase(
      store,
      match,
      'duplicate',
      '2025-06-05',
      '',
      original.toLowerCase(),
    );
    expect(done.ok && done.value.file.case.value).toMatchObject({
      outcome: 'withdrawn',
      withdrawnAs: 'duplicate',
      duplicateOf: original,
    });
    expect(done.ok && done.value.file.stages[0]?.value.outcome).toBe('withdrawn');
  });

  it('a duplicate of no case, or of none named, is refused and the case stays open', async () => {
    const { store, match } = await saveOne();
    const unnamed = await withdrawCase(store, match, 'duplicate', '2025-06-05');
    expect(!unnamed.ok && unnamed.error.message).toBe('Say which case it duplicates.');
    const missing = await withdrawCase(
      store,
      match,
      'duplicate',
      '2025-06-05',
      '',
      'CORP-2099-0001',
    );
    expect(!missing.ok && missing.error.code).toBe('invalid');
    const still = await store.getCase(match.case.value.reference);
    expect(still.ok && still.value?.case.value.status).toBe('open');
  });

  it('a failure comes back as the store said it, nothing claimed', async () => {
    const { memory, store, match } = await saveOne();
    memory.failNext('withdrawCase', { code: 'conflict', message: 'Someone else changed this.' });
    const done = await withdrawCase(store, match, 'complainant_withdrew', '2025-06-05');
    expect(!done.ok && done.error.code).toBe('conflict');
  });
});
