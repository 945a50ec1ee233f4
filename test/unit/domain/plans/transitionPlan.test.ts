import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '../../../../src/domain/records';
import { availablePlanActions, transitionPlan } from '../../../../src/domain/plans/transitionPlan';

const head = { name: 'Head of Children’s Services', upn: 'hos.children@examplecounty.gov.uk' };
const officer = { name: 'Complaints Officer', upn: 'officer@examplecounty.gov.uk' };
const heads = [head];
const at = '2026-11-23T10:00:00Z';

const draft: ActionPlan = {
  schemaVersion: 1,
  id: 'AP-2026-0001',
  caseReference: 'CSC-2026-0001' as ActionPlan['caseReference'],
  title: 'Sibling contact',
  recommendations: '',
  state: 'draft',
  history: [],
};

function step(
  plan: ActionPlan,
  action: Parameters<typeof transitionPlan>[1],
  by = head,
  comment = '',
) {
  const result = transitionPlan(plan, action, { by, at, comment }, heads);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('action plan workflow', () => {
  it('goes draft → submitted → returned → submitted → signed off → completed → closed', () => {
    let plan = step(draft, 'submit', officer);
    plan = step(plan, 'return', head, 'Add a training date');
    plan = step(plan, 'submit', officer);
    plan = step(plan, 'sign_off');
    plan = step(plan, 'complete', officer);
    plan = step(plan, 'sign_off_complete');
    expect(plan.state).toBe('closed');
    expect(plan.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'draft>submitted',
      'submitted>returned',
      'returned>submitted',
      'submitted>signed_off',
      'signed_off>completed',
      'completed>closed',
    ]);
    expect(plan.history[1]).toMatchObject({ by: head, comment: 'Add a training date', at });
  });

  it('refuses sign-off by someone outside the heads of service, naming who may', () => {
    const submitted = step(draft, 'submit', officer);
    const result = transitionPlan(submitted, 'sign_off', { by: officer, at }, heads);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_head_of_service' } });
    if (!result.ok) expect(result.error.message).toContain('Head of Children’s Services');
  });

  it('needs a comment to return a plan', () => {
    const submitted = step(draft, 'submit', officer);
    expect(
      transitionPlan(submitted, 'return', { by: head, at, comment: ' ' }, heads),
    ).toMatchObject({
      ok: false,
      error: { code: 'comment_required' },
    });
  });

  it('refuses steps from the wrong state', () => {
    expect(transitionPlan(draft, 'sign_off', { by: head, at }, heads)).toMatchObject({
      ok: false,
      error: { code: 'wrong_state' },
    });
  });

  it('offers each person only the steps they may take', () => {
    const submitted = step(draft, 'submit', officer);
    expect(availablePlanActions(submitted, officer, heads)).toEqual([]);
    expect(availablePlanActions(submitted, head, heads)).toEqual(['return', 'sign_off']);
    expect(availablePlanActions(draft, officer, heads)).toEqual(['submit']);
  });

  it('matches heads of service by sign-in name, not display name', () => {
    const impostor = { name: head.name, upn: 'someone.else@examplecounty.gov.uk' };
    const submitted = step(draft, 'submit', officer);
    expect(transitionPlan(submitted, 'sign_off', { by: impostor, at }, heads).ok).toBe(false);
  });
});
