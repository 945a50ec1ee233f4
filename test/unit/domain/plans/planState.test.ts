import { describe, expect, it } from 'vitest';
import { planStatus, type SignOff } from '../../../../src/domain/plans/planState';
import { availablePlanActions, planStep } from '../../../../src/domain/plans/planSteps';
import { loadRecord, actionPlanRecord, type ActionPlan } from '../../../../src/domain/records';

const head = { name: 'Grace Okafor', upn: 'grace.okafor@example.gov.uk' };
const plan: ActionPlan = {
  schemaVersion: 2,
  id: 'AP-2026-0001',
  caseReference: 'CSC-2026-0001' as ActionPlan['caseReference'],
  title: 'Supervision audits',
  recommendations: '',
  state: 'draft',
  signOffsSeen: 0,
};
let order = 0;
const decided = (decision: SignOff['decision'], planId = plan.id): SignOff => ({
  planId,
  decision,
  comment: '',
  by: head,
  at: '2026-03-02T10:00:00Z',
  order: ++order,
});

describe('a plan’s state comes from its sign-offs', () => {
  it('a plan claiming to be signed off, with no sign-off, is a draft', () => {
    for (const claimed of ['signed_off', 'closed', 'returned', 'completed'] as const)
      expect(planStatus({ ...plan, state: claimed }, []).state).toBe('draft');
  });

  it('an editor may submit a draft or a returned plan, and mark a signed-off plan complete', () => {
    expect(planStatus({ ...plan, state: 'submitted' }, []).state).toBe('submitted');
    const returned = [decided('returned')];
    expect(planStatus({ ...plan, state: 'submitted', signOffsSeen: 1 }, returned).state).toBe(
      'submitted',
    );
    const signed = [decided('signed_off')];
    expect(planStatus({ ...plan, state: 'completed', signOffsSeen: 1 }, signed).state).toBe(
      'completed',
    );
  });

  it('an editor’s step recorded before the latest decision no longer counts', () => {
    // Submitted, then returned: the plan still says "submitted" from before the return.
    expect(
      planStatus({ ...plan, state: 'submitted', signOffsSeen: 0 }, [decided('returned')]).state,
    ).toBe('returned');
  });

  it('the latest decision wins, ordered by SharePoint’s item order, and other plans’ do not count', () => {
    const signOffs = [decided('returned'), decided('signed_off'), decided('completed', 'AP-X')];
    expect(
      planStatus({ ...plan, state: 'submitted', signOffsSeen: 1 }, signOffs.reverse()).state,
    ).toBe('signed_off');
    const closed = [decided('signed_off'), decided('completed')];
    const status = planStatus({ ...plan, state: 'completed', signOffsSeen: 2 }, closed);
    expect(status.state).toBe('closed');
    expect(status.signOffs.map((s) => s.decision)).toEqual(['signed_off', 'completed']);
  });
});

describe('plan steps', () => {
  it('an officer who may edit but not sign off is offered only the editors’ steps', () => {
    const officer = { mayEdit: true, maySignOff: false };
    expect(availablePlanActions('submitted', officer)).toEqual([]);
    expect(availablePlanActions('draft', officer)).toEqual(['submit']);
    expect(availablePlanActions('submitted', { mayEdit: false, maySignOff: true })).toEqual([
      'return',
      'sign_off',
    ]);
    // Not known: offered, and the store decides.
    expect(
      availablePlanActions('completed', { mayEdit: undefined, maySignOff: undefined }),
    ).toEqual(['return', 'sign_off_complete']);
  });

  it('a sign-off is a new numbered record; a submit is written on the plan', () => {
    const submitted = planStep(plan, { state: 'draft', signOffs: [] }, 'submit', '');
    expect(submitted).toMatchObject({
      ok: true,
      value: { kind: 'plan', plan: { state: 'submitted', signOffsSeen: 0 } },
    });
    const returned = [decided('returned')];
    const signed = planStep(plan, { state: 'submitted', signOffs: returned }, 'sign_off', ' ok ');
    expect(signed).toEqual({
      ok: true,
      value: {
        kind: 'sign_off',
        signOff: {
          schemaVersion: 1,
          key: 'AP-2026-0001/2',
          planId: 'AP-2026-0001',
          decision: 'signed_off',
          comment: 'ok',
        },
      },
    });
  });

  it('refuses a step from the wrong state, and a return without a comment', () => {
    expect(planStep(plan, { state: 'draft', signOffs: [] }, 'sign_off', '')).toMatchObject({
      ok: false,
      error: { code: 'wrong_state' },
    });
    expect(planStep(plan, { state: 'submitted', signOffs: [] }, 'return', '  ')).toMatchObject({
      ok: false,
      error: { code: 'comment_required' },
    });
  });

  it('a version 1 plan loads with its page-written history dropped', () => {
    const loaded = loadRecord(actionPlanRecord, {
      schemaVersion: 1,
      id: 'AP-2025-0001',
      caseReference: 'CSC-2025-0001',
      title: 'Old plan',
      state: 'signed_off',
      history: [{ at: '2025-01-01T00:00:00Z', by: head, action: 'sign_off' }],
    });
    expect(loaded.ok && loaded.value).toMatchObject({ schemaVersion: 2, signOffsSeen: 0 });
    expect(loaded.ok && 'history' in loaded.value).toBe(false);
    expect(loaded.ok && planStatus(loaded.value, []).state).toBe('draft');
  });
});
