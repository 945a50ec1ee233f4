import { describe, expect, it } from 'vitest';
import type { CaseFile, NewCase } from '../../../src/data/store';
import { asIsoDate } from '../../../src/domain/primitives/brand';
import type { FeedbackCase, Stage } from '../../../src/domain/records';
import { caseEditProblems, saveCaseEdit, type CaseEdit } from '../../../src/services/caseEdit';
import { createMemoryStore } from '../../support/memoryStore';

// Fictitious people and cases only.
const officer = { name: 'Robin Ash', upn: 'robin.ash@council.example' };

/** A children's complaint at Stage 2 (Stage 1 answered), as the store keeps it. */
async function complaintAtStage2() {
  const memory = createMemoryStore();
  const input = {
    type: 'complaint',
    procedure: 'children_statutory',
    stage: 1,
    received: asIsoDate('2026-01-05'),
    summary: 'Late review meeting',
    complainant: 'parent',
    serviceArea: 'Fostering',
    causes: ['delay'],
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
  } as unknown as NewCase;
  const saved = await memory.store.saveCaseFromEmail(
    input,
    {
      internetMessageId: '<edit-1@mail.example>',
      subject: 'Review',
      from: { address: 'sam@example.org' },
      to: [],
      receivedAt: '2026-01-05T09:00:00Z',
      body: '',
    },
    officer,
  );
  if (!saved.ok) throw new Error(saved.error.message);
  const reference = saved.value.case.value.reference;
  const s1 = saved.value.stages[0]!;
  const answered = await memory.store.recordStageEvent(
    reference,
    1,
    { kind: 'responded', on: '2026-01-20', outcome: 'not_upheld' },
    s1.etag,
  );
  if (!answered.ok) throw new Error(answered.error.message);
  const moved = await memory.store.escalate(reference, 2, '2026-02-02', answered.value.case.etag);
  if (!moved.ok) throw new Error(moved.error.message);
  return { memory, reference, file: moved.value };
}

const editOf = (
  file: CaseFile,
  change: Partial<FeedbackCase> = {},
  stages: (s: Stage) => Stage = (s) => s,
  why = '',
): CaseEdit => ({
  case: { ...file.case.value, ...change },
  stages: file.stages.map((s) => stages(s.value)),
  why,
});

describe('saving an edit of a case', () => {
  it('writes nothing when nothing changed', async () => {
    const { memory, file } = await complaintAtStage2();
    const saved = await saveCaseEdit(memory.store, file, editOf(file));
    expect(saved.ok).toBe(true);
    expect(memory.callsOf('updateCase')).toHaveLength(0);
    expect(memory.callsOf('updateStage')).toHaveLength(0);
  });

  it('writes only the changed field of the case, with the ETag seen and no reason', async () => {
    const { memory, file, reference } = await complaintAtStage2();
    const saved = await saveCaseEdit(memory.store, file, editOf(file, { serviceArea: 'Adoption' }));
    expect(saved.ok && saved.value.case.value.serviceArea).toBe('Adoption');
    expect(memory.callsOf('updateCase')).toEqual([
      [reference, { serviceArea: 'Adoption' }, file.case.etag, undefined],
    ]);
    expect(memory.callsOf('updateStage')).toHaveLength(0);
  });

  it('clears a field the officer emptied', async () => {
    const { memory, file } = await complaintAtStage2();
    const { serviceArea: _gone, ...rest } = file.case.value;
    const saved = await saveCaseEdit(memory.store, file, {
      case: rest as FeedbackCase,
      stages: file.stages.map((s) => s.value),
      why: '',
    });
    expect(saved.ok).toBe(true);
    expect(saved.ok && saved.value.case.value.serviceArea).toBeUndefined();
  });

  it('refuses a change of procedure without a reason, and keeps the reason with it', async () => {
    const { memory, file, reference } = await complaintAtStage2();
    const without = await saveCaseEdit(
      memory.store,
      file,
      editOf(file, { procedure: 'corporate' }),
    );
    expect(without.ok).toBe(false);
    expect(!without.ok && without.error.code).toBe('invalid');
    expect(memory.callsOf('updateCase')).toHaveLength(0);

    const why = 'Not about a looked-after child: a corporate complaint about parking.';
    const saved = await saveCaseEdit(
      memory.store,
      file,
      editOf(file, { procedure: 'corporate' }, undefined, `  ${why} `),
    );
    expect(saved.ok).toBe(true);
    expect(memory.callsOf('updateCase')[0]![3]).toBe(why);
    const changes = await memory.store.caseChanges(reference);
    expect(changes.ok && changes.value.map((c) => [c.changes, c.why])).toEqual([
      [[{ field: 'procedure', from: 'children_statutory', to: 'corporate' }], why],
    ]);
  });

  it('moves the case back to a stage it has, with a reason, but never to one it lacks', async () => {
    const { memory, file } = await complaintAtStage2();
    const missing = caseEditProblems(file, editOf(file, { currentStage: 3 }, undefined, 'x'));
    expect(missing.currentStage).toMatch(/no Stage 3/);
    const back = await saveCaseEdit(
      memory.store,
      file,
      editOf(file, { currentStage: 1 }, undefined, 'Escalated by mistake'),
    );
    expect(back.ok && back.value.case.value.currentStage).toBe(1);
  });

  it('closes a complaint with its outcome, learning and the Stage 2 elements found', async () => {
    const { memory, file } = await complaintAtStage2();
    const closing = editOf(
      file,
      {
        status: 'closed',
        closed: asIsoDate('2026-03-20'),
        outcome: 'partly_upheld',
        learning: ['process_not_followed'],
      },
      (s) =>
        s.number === 2
          ? {
              ...s,
              responded: asIsoDate('2026-03-20'),
              outcome: 'partly_upheld',
              elements: { investigated: 5, upheld: 1, partlyUpheld: 2 },
            }
          : s,
    );
    const saved = await saveCaseEdit(memory.store, file, closing);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.case.value).toMatchObject({
      status: 'closed',
      closed: '2026-03-20',
      outcome: 'partly_upheld',
      learning: ['process_not_followed'],
    });
    expect(saved.value.stages.find((s) => s.value.number === 2)!.value.elements).toEqual({
      investigated: 5,
      upheld: 1,
      partlyUpheld: 2,
    });
    // Stage 1 was not touched: one stage write.
    expect(memory.callsOf('updateStage')).toHaveLength(1);
  });

  it('says what a closing lacks, and what elements cannot be', async () => {
    const { file } = await complaintAtStage2();
    const problems = caseEditProblems(
      file,
      editOf(file, { status: 'closed' }, (s) => ({
        ...s,
        elements: { investigated: 2, upheld: 2, partlyUpheld: 1 },
      })),
    );
    expect(Object.keys(problems).sort()).toEqual([
      'closed',
      'outcome',
      'stages.1.elements',
      'stages.2.elements',
    ]);
    expect(problems['stages.2.elements']).toMatch(/more elements upheld/);
    expect(problems['stages.1.elements']).toMatch(/Stage 2 only/);
  });

  it('writes nothing when a colleague changed the case since it was opened', async () => {
    const { memory, file, reference } = await complaintAtStage2();
    memory.put.caseEdit(reference, { summary: 'A colleague’s words' });
    const saved = await saveCaseEdit(memory.store, file, editOf(file, { serviceArea: 'Adoption' }));
    expect(!saved.ok && saved.error.code).toBe('conflict');
    expect(memory.callsOf('updateCase')).toHaveLength(0);
  });

  it('writes nothing when a colleague changed a stage the edit changes', async () => {
    const { memory, file, reference } = await complaintAtStage2();
    memory.put.stageEdit(reference, 2, { acknowledged: asIsoDate('2026-02-03') });
    const saved = await saveCaseEdit(
      memory.store,
      file,
      editOf(file, { serviceArea: 'Adoption' }, (s) =>
        s.number === 2 ? { ...s, complex: true } : s,
      ),
    );
    expect(!saved.ok && saved.error.code).toBe('conflict');
    expect(memory.callsOf('updateCase')).toHaveLength(0);
    expect(memory.callsOf('updateStage')).toHaveLength(0);
  });

  it('passes on the store’s refusal (412 between the check and the write)', async () => {
    const { memory, file } = await complaintAtStage2();
    memory.failNext('updateCase', { code: 'conflict', message: 'Someone else changed this.' });
    const saved = await saveCaseEdit(memory.store, file, editOf(file, { serviceArea: 'Adoption' }));
    expect(!saved.ok && saved.error.code).toBe('conflict');
  });
});
