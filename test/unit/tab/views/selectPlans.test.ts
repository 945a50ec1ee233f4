import { describe, expect, it } from 'vitest';
import type { PlanVersion } from '../../../../src/data/store';
import {
  nextPlanId,
  planHistory,
  selectPlanDetail,
  selectPlanRows,
  signOffsOf,
} from '../../../../src/tab/views/plans/selectPlans';
import { action, d, plan, signOff, snapshot } from '../snapshotBuilder';

const grace = { name: 'Grace Okafor', upn: 'grace.okafor@example.gov.uk' };
const heads = [grace, { name: 'David Lennox', upn: 'david.lennox@example.gov.uk' }];
const manager = { name: 'Tom Whitfield', upn: 'tom.whitfield@example.gov.uk' };
const officer = { mayEdit: true, maySignOff: false };
const headOfService = { mayEdit: false, maySignOff: true };

describe('selectPlanRows', () => {
  it('derives each state from the sign-offs, waiting plans first, closed ones last', () => {
    const s = snapshot({
      plans: [
        plan('AP-2026-0001', { state: 'completed', signOffsSeen: 1 }),
        plan('AP-2026-0002', { state: 'draft' }),
        plan('AP-2026-0003', { state: 'submitted' }),
        plan('AP-2026-0004', { state: 'completed', signOffsSeen: 1, feedbackDue: d('2026-01-01') }),
      ],
      signOffs: [
        signOff('AP-2026-0001', 'signed_off', grace, '2026-01-02T10:00:00Z'),
        signOff('AP-2026-0004', 'signed_off', grace, '2026-01-03T10:00:00Z'),
        signOff('AP-2026-0001', 'completed', grace, '2026-01-20T10:00:00Z'),
      ],
    });
    const rows = selectPlanRows(s.plans, signOffsOf(s), d('2026-02-01'));
    expect(rows.map((r) => [r.id, r.state])).toEqual([
      ['AP-2026-0003', 'submitted'],
      ['AP-2026-0004', 'completed'],
      ['AP-2026-0002', 'draft'],
      ['AP-2026-0001', 'closed'],
    ]);
    expect(rows[1]?.feedbackOverdue).toBe(true);
    expect(rows[0]?.stateLabel).toBe('Awaiting sign-off');
  });

  it('says who decided last and when, from SharePoint’s stamps', () => {
    const s = snapshot({
      plans: [plan('AP-2026-0001', { state: 'submitted' })],
      signOffs: [signOff('AP-2026-0001', 'returned', grace, '2026-03-02T10:00:00Z', 'Add dates')],
    });
    expect(selectPlanRows(s.plans, signOffsOf(s), d('2026-03-03'))[0]).toMatchObject({
      state: 'returned',
      lastStep: 'Returned by Grace Okafor on 2 March 2026',
    });
  });

  it('gives the day of the last decision as it was in England, not in UTC', () => {
    const s = snapshot({
      plans: [plan('AP-2026-0001', { state: 'submitted' })],
      // 23:30 UTC on 30 June is 00:30 BST on 1 July.
      signOffs: [signOff('AP-2026-0001', 'returned', grace, '2026-06-30T23:30:00Z', 'Add dates')],
    });
    expect(selectPlanRows(s.plans, signOffsOf(s), d('2026-07-03'))[0]?.lastStep).toBe(
      'Returned by Grace Okafor on 1 July 2026',
    );
  });

  it('a plan whose own fields claim it is signed off, with no sign-off, is shown as a draft', () => {
    const s = snapshot({ plans: [plan('AP-2026-0001', { state: 'signed_off' })] });
    expect(selectPlanRows(s.plans, signOffsOf(s), d('2026-03-03'))[0]).toMatchObject({
      state: 'draft',
      lastStep: 'Not yet submitted',
    });
  });
});

describe('selectPlanDetail', () => {
  const submitted = plan('AP-2026-0009', { state: 'submitted' });
  const s = snapshot({ actions: [action('A1', { planId: 'AP-2026-0009' }), action('A2')] });

  it('offers a head of service sign-off and return', () => {
    const detail = selectPlanDetail(submitted, [], headOfService, heads, s.actions);
    expect(detail.steps.map((step) => step.label)).toEqual(['Return plan', 'Sign off plan']);
    expect(detail.whoMust).toBeUndefined();
    expect(detail.actions.map((a) => a.value.id)).toEqual(['A1']);
  });

  it('tells an officer whom to ask, and offers them nothing', () => {
    const detail = selectPlanDetail(submitted, [], officer, heads, s.actions);
    expect(detail.steps).toEqual([]);
    expect(detail.whoMust).toBe(
      'Only heads of service can sign off plans; ask Grace Okafor or David Lennox.',
    );
  });

  it('when the groups cannot be read, offers the steps and still says who must take them', () => {
    const unknown = { mayEdit: undefined, maySignOff: undefined };
    const detail = selectPlanDetail(submitted, [], unknown, undefined, s.actions);
    expect(detail.steps.map((step) => step.action)).toEqual(['return', 'sign_off']);
    expect(detail.whoMust).toBe(
      'Only heads of service can sign off plans; ask your complaints manager who they are.',
    );
  });

  it('lets an officer submit a draft', () => {
    const detail = selectPlanDetail(plan('AP-1'), [], officer, heads, s.actions);
    expect(detail.steps.map((step) => step.action)).toEqual(['submit']);
    expect(detail.whoMust).toBeUndefined();
  });
});

const v = (
  version: string,
  at: string,
  recordedState: string,
  signOffsSeen: number,
): PlanVersion => ({
  version,
  by: manager,
  at,
  recordedState,
  signOffsSeen,
});

describe('planHistory', () => {
  it('puts the sign-offs and the editors’ saved steps in time order, each with who SharePoint says', () => {
    const versions: PlanVersion[] = [
      // Resubmitted after the return: the same state, one more sign-off seen.
      v('5.0', '2026-03-05T09:00:00Z', 'submitted', 1),
      // The dates saved: no step.
      v('4.0', '2026-03-01T12:00:00Z', 'submitted', 0),
      v('3.0', '2026-03-01T09:00:00Z', 'submitted', 0),
      // A forged state an editor may not record: no step.
      v('2.0', '2026-02-25T09:00:00Z', 'signed_off', 0),
      v('1.0', '2026-02-20T09:00:00Z', 'draft', 0),
    ];
    const decisions = [
      {
        planId: 'AP-1',
        decision: 'returned' as const,
        comment: 'Add dates',
        by: grace,
        at: '2026-03-02T10:00:00Z',
        order: 1,
      },
    ];
    expect(planHistory(decisions, versions)).toEqual([
      { at: '2026-02-20T09:00:00Z', by: 'Tom Whitfield', step: 'Created', comment: '' },
      {
        at: '2026-03-01T09:00:00Z',
        by: 'Tom Whitfield',
        step: 'Submitted for sign-off',
        comment: '',
      },
      { at: '2026-03-02T10:00:00Z', by: 'Grace Okafor', step: 'Returned', comment: 'Add dates' },
      {
        at: '2026-03-05T09:00:00Z',
        by: 'Tom Whitfield',
        step: 'Submitted for sign-off',
        comment: '',
      },
    ]);
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
