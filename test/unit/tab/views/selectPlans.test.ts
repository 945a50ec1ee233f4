import { describe, expect, it } from 'vitest';
import {
  nextPlanId,
  selectPlanDetail,
  selectPlanRows,
} from '../../../../src/tab/views/plans/selectPlans';
import { action, d, plan, snapshot } from '../snapshotBuilder';

const heads = [
  { name: 'Grace Okafor', upn: 'grace.okafor@example.gov.uk' },
  { name: 'David Lennox', upn: 'david.lennox@example.gov.uk' },
];
const manager = { name: 'Tom Whitfield', upn: 'tom.whitfield@example.gov.uk' };

describe('selectPlanRows', () => {
  it('lists plans waiting for a head of service first and closed ones last', () => {
    const s = snapshot({
      plans: [
        plan('AP-2026-0001', { state: 'closed' }),
        plan('AP-2026-0002', { state: 'draft' }),
        plan('AP-2026-0003', { state: 'submitted' }),
        plan('AP-2026-0004', { state: 'completed', feedbackDue: d('2026-01-01') }),
      ],
    });
    const rows = selectPlanRows(s.plans, d('2026-02-01'));
    expect(rows.map((r) => r.id)).toEqual([
      'AP-2026-0003',
      'AP-2026-0004',
      'AP-2026-0002',
      'AP-2026-0001',
    ]);
    expect(rows[1]?.feedbackOverdue).toBe(true);
    expect(rows[0]?.stateLabel).toBe('Awaiting sign-off');
  });

  it('says who took the last step and when', () => {
    const s = snapshot({
      plans: [
        plan('AP-2026-0001', {
          state: 'submitted',
          history: [
            {
              at: '2026-03-02T10:00:00Z',
              by: manager,
              action: 'submit',
              from: 'draft',
              to: 'submitted',
              comment: '',
            },
          ],
        }),
      ],
    });
    expect(selectPlanRows(s.plans, d('2026-03-03'))[0]?.lastStep).toBe(
      'Submitted by Tom Whitfield on 2026-03-02',
    );
  });
});

describe('selectPlanDetail', () => {
  const submitted = plan('AP-2026-0009', { state: 'submitted' });
  const s = snapshot({ actions: [action('A1', { planId: 'AP-2026-0009' }), action('A2')] });

  it('offers a head of service sign-off and return', () => {
    const detail = selectPlanDetail(submitted, heads[0]!, heads, s.actions);
    expect(detail.steps.map((step) => step.label)).toEqual(['Return plan', 'Sign off plan']);
    expect(detail.whoMust).toBeUndefined();
    expect(detail.actions.map((a) => a.value.id)).toEqual(['A1']);
  });

  it('tells anyone else who must sign off, and offers them nothing', () => {
    const detail = selectPlanDetail(submitted, manager, heads, s.actions);
    expect(detail.steps).toEqual([]);
    expect(detail.whoMust).toBe(
      'Only a head of service can sign off or return this plan: Grace Okafor, David Lennox.',
    );
  });

  it('matches heads of service by sign-in name, not display name', () => {
    const impostor = { name: 'Grace Okafor', upn: 'someone.else@example.gov.uk' };
    expect(selectPlanDetail(submitted, impostor, heads, s.actions).steps).toEqual([]);
  });

  it('lets anyone submit a draft', () => {
    const detail = selectPlanDetail(plan('AP-1', { state: 'draft' }), manager, heads, s.actions);
    expect(detail.steps.map((step) => step.action)).toEqual(['submit']);
    expect(detail.whoMust).toBeUndefined();
  });
});

describe('nextPlanId', () => {
  it('numbers plans within the year', () => {
    expect(nextPlanId(['AP-2026-0003', 'AP-2025-0010', 'AP-E2E-x'], d('2026-05-01'))).toBe(
      'AP-2026-0004',
    );
    expect(nextPlanId([], d('2027-01-01'))).toBe('AP-2027-0001');
  });
});
