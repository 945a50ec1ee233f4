import { describe, expect, it } from 'vitest';
import type { LearningAction } from '../../../src/domain/records';
import { asIsoDate, type CaseReference } from '../../../src/domain/primitives/brand';
import { completeAction, completedAction } from '../../../src/services/completeAction';
import { createMemoryStore } from '../../support/memoryStore';

const today = asIsoDate('2025-09-10');
const open: LearningAction = {
  schemaVersion: 1,
  id: 'act-1',
  caseReference: 'CSC-2025-0001' as CaseReference,
  action: 'Train the duty team on visit records',
  owner: 'Sam Lee',
  due: asIsoDate('2025-09-30'),
  status: 'open',
} as LearningAction;

describe('completing an action', () => {
  it('marks it done with its date and evidence', async () => {
    const memory = createMemoryStore();
    const stored = memory.put.action(open);
    const done = await completeAction(
      memory.store,
      stored,
      { completed: '2025-09-09', evidence: '  14 staff attended on 9 September  ' },
      today,
    );
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.value).toMatchObject({
      status: 'done',
      completed: '2025-09-09',
      evidence: '14 staff attended on 9 September',
    });
  });

  it('asks for the evidence and a date that is not in the future, and saves nothing', async () => {
    const memory = createMemoryStore();
    const stored = memory.put.action(open);
    const noEvidence = await completeAction(
      memory.store,
      stored,
      { completed: '2025-09-09', evidence: ' ' },
      today,
    );
    expect(noEvidence).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'Describe the evidence that it was done.' },
    });
    const problems = (completed: string, evidence: string) => {
      const checked = completedAction(open, { completed, evidence }, today);
      return checked.ok || checked.error.problems;
    };
    expect(problems('2025-09-11', 'Done')).toEqual({
      completed: 'The completion date cannot be in the future',
    });
    expect(problems('9/9/2025', '')).toEqual({
      completed: 'Enter the whole date it was done: day, month and year',
      evidence: 'Describe the evidence that it was done',
    });
    expect(problems('2025-09-10', 'Done')).toBe(true);
    expect(memory.callsOf('saveAction')).toHaveLength(0);
  });

  it('refuses when a colleague changed the action meanwhile', async () => {
    const memory = createMemoryStore();
    const stored = memory.put.action(open);
    memory.put.action({ ...open, owner: 'Jo Smith' });
    const done = await completeAction(
      memory.store,
      stored,
      { completed: '2025-09-09', evidence: 'Done' },
      today,
    );
    expect(done.ok || done.error.code).toBe('conflict');
  });
});
