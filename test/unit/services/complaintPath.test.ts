import { describe, expect, it } from 'vitest';
import type { CaseMatch, EmailMessage, NewCase } from '../../../src/data/store';
import { escalationTargets, type FeedbackCase, type Person } from '../../../src/domain/records';
import { asIsoDate } from '../../../src/domain/primitives/brand';
import { escalateCase, recordCaseEvent } from '../../../src/services/caseActions';
import type { IncomingEmail } from '../../../src/services/incomingEmail';
import { saveNewCase } from '../../../src/services/saveNewCase';
import { createMemoryStore } from '../../support/memoryStore';

// Fictitious people and emails only.
const officer: Person = { name: 'Kim Vale', upn: 'kim.vale@council.example' };

const incoming = (id: string): IncomingEmail => ({
  message: async (): Promise<EmailMessage> => ({
    internetMessageId: `<${id}@mail.example>`,
    subject: `Not happy ${id}`,
    from: { address: 'lee@example.org' },
    to: ['complaints@council.example'],
    receivedAt: '2025-06-02T09:30:00Z',
    body: 'I want this looked at again.',
  }),
  markFiled: async () => undefined,
});

const complaint = (over: Partial<NewCase>): NewCase =>
  ({
    type: 'complaint',
    procedure: 'corporate',
    stage: 1,
    received: asIsoDate('2025-06-02'),
    summary: 'Bins',
    complainant: 'service_user',
    causes: [],
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
    ...over,
  }) as NewCase;

const caseWith = (over: Partial<FeedbackCase>) =>
  ({
    type: 'complaint',
    procedure: 'corporate',
    currentStage: 1,
    status: 'open',
    ...over,
  }) as FeedbackCase;

describe('where a complaint may go next', () => {
  it('one stage on, open or closed by its response', () => {
    expect(escalationTargets(caseWith({}))).toEqual([2]);
    expect(escalationTargets(caseWith({ status: 'closed' }))).toEqual([2]);
    expect(
      escalationTargets(caseWith({ procedure: 'children_statutory', currentStage: 2 })),
    ).toEqual([3]);
    expect(escalationTargets(caseWith({ currentStage: 0 }))).toEqual([1]);
    expect(escalationTargets(caseWith({ procedure: 'adults_statutory', currentStage: 0 }))).toEqual(
      [1],
    );
  });

  it('nowhere past the last local stage, and never for other feedback', () => {
    expect(escalationTargets(caseWith({ currentStage: 2 }))).toEqual([]);
    expect(escalationTargets(caseWith({ procedure: 'adults_statutory' }))).toEqual([]);
    expect(
      escalationTargets(caseWith({ procedure: 'children_statutory', currentStage: 3 })),
    ).toEqual([]);
    expect(
      escalationTargets(caseWith({ type: 'compliment', procedure: null, currentStage: 0 })),
    ).toEqual([]);
    expect(escalationTargets(caseWith({ procedure: null }))).toEqual([]);
  });

  it('nowhere once withdrawn, but on from a complaint resolved early', () => {
    expect(escalationTargets(caseWith({ status: 'closed', outcome: 'withdrawn' }))).toEqual([]);
    expect(
      escalationTargets(caseWith({ status: 'closed', outcome: 'withdrawn', currentStage: 0 })),
    ).toEqual([]);
    expect(
      escalationTargets(caseWith({ status: 'closed', outcome: 'resolved_early', currentStage: 0 })),
    ).toEqual([1]);
  });
});

async function saved(over: Partial<NewCase>) {
  const memory = createMemoryStore();
  const done = await saveNewCase(
    memory.store,
    incoming(`s${Math.random()}`),
    complaint(over),
    officer,
    {
      safeguarding: false,
    },
  );
  if (!done.ok) throw new Error(done.error.message);
  const match: CaseMatch = { ...done.value.file, matchedBy: 'message' };
  return { memory, match, reference: match.case.value.reference };
}

describe('a complaint that has had its Stage 1 response', () => {
  it('is reopened at Stage 2 from the reply asking for it, its clock from the request', async () => {
    const { memory, match, reference } = await saved({});
    const responded = await recordCaseEvent(memory.store, match.case, match.stages.at(-1), {
      kind: 'responded',
      on: '2025-06-20',
      outcome: 'not_upheld',
    });
    if (!responded.ok) throw new Error(responded.error.message);
    expect(responded.value.file.case.value.status).toBe('closed');
    const closed: CaseMatch = { ...responded.value.file, matchedBy: 'conversation' };

    const done = await escalateCase(memory.store, closed, incoming('reply'), 2, '2025-07-01');
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.message).toBe(
      `${reference} reopened and escalated to Stage 2, requested on 1 July 2025.`,
    );
    const file = memory.fileOf(reference)!;
    expect(file.case.value).toMatchObject({ status: 'open', currentStage: 2 });
    expect(file.case.value.outcome).toBeUndefined();
    expect(file.stages.map((s) => [s.value.number, s.value.requested])).toEqual([
      [1, '2025-06-02'],
      [2, '2025-07-01'],
    ]);
    // The reply is on the case: one case, the asking email filed once.
    expect(memory.callsOf('addEmailToCase')).toHaveLength(1);
  });
});

describe('an early resolution that did not resolve it', () => {
  it('goes to Stage 1, requested on the day the complainant asked', async () => {
    const { memory, match, reference } = await saved({ stage: 0, earlyResolution: true });
    const done = await escalateCase(memory.store, match, incoming('er'), 1, '2025-06-09');
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.message).toBe(`${reference} escalated to Stage 1, requested on 9 June 2025.`);
    expect(memory.fileOf(reference)!.case.value.currentStage).toBe(1);
    expect(memory.fileOf(reference)!.stages.map((s) => s.value.number)).toEqual([0, 1]);
  });
});
