import { describe, expect, it } from 'vitest';
import {
  filterPlanRows,
  noPlanFilters,
  planHeadsOfService,
} from '../../../../src/tab/views/plans/planFilters';
import { selectPlanRows, signOffsOf } from '../../../../src/tab/views/plans/selectPlans';
import { d, plan, signOff, snapshot } from '../snapshotBuilder';

const grace = { name: 'Grace Okafor', upn: 'grace.okafor@example.gov.uk' };
const david = { name: 'David Lennox', upn: 'david.lennox@example.gov.uk' };

// The states come from the sign-offs (a plan's own state field counts only for its editors'
// steps): 0002 completed after a sign-off, 0004 closed, 0005 returned.
const plans = snapshot({
  plans: [
    plan('AP-2026-0001', { state: 'submitted', headOfService: grace }),
    plan('AP-2026-0002', { state: 'completed', signOffsSeen: 1, headOfService: david }),
    plan('AP-2026-0003', { state: 'draft', headOfService: grace }),
    plan('AP-2026-0004', { state: 'completed', signOffsSeen: 1 }),
    plan('AP-2026-0005', { state: 'submitted', headOfService: david }),
  ],
  signOffs: [
    signOff('AP-2026-0002', 'signed_off', david, '2026-01-02T10:00:00Z'),
    signOff('AP-2026-0004', 'signed_off', grace, '2026-01-03T10:00:00Z'),
    signOff('AP-2026-0004', 'completed', grace, '2026-01-20T10:00:00Z'),
    signOff('AP-2026-0005', 'returned', david, '2026-01-21T10:00:00Z', 'Add dates'),
  ],
});
const rows = selectPlanRows(plans.plans, signOffsOf(plans), d('2026-02-01'));
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id).sort();

describe('filtering action plans', () => {
  it('shows every plan with no filter, as the same list', () => {
    expect(filterPlanRows(rows, noPlanFilters)).toBe(rows);
  });

  it('finds the plans waiting for a head of service: submitted, or completed', () => {
    expect(ids(filterPlanRows(rows, { state: 'waiting', headOfService: '' }))).toEqual([
      'AP-2026-0001',
      'AP-2026-0002',
    ]);
  });

  it('filters by one state, by head of service, and by both', () => {
    expect(ids(filterPlanRows(rows, { state: 'returned', headOfService: '' }))).toEqual([
      'AP-2026-0005',
    ]);
    expect(ids(filterPlanRows(rows, { state: '', headOfService: 'Grace Okafor' }))).toEqual([
      'AP-2026-0001',
      'AP-2026-0003',
    ]);
    expect(ids(filterPlanRows(rows, { state: 'waiting', headOfService: 'Grace Okafor' }))).toEqual([
      'AP-2026-0001',
    ]);
    expect(ids(filterPlanRows(rows, { state: 'closed', headOfService: '' }))).toEqual([
      'AP-2026-0004',
    ]);
    expect(ids(filterPlanRows(rows, { state: '', headOfService: 'none' }))).toEqual([
      'AP-2026-0004',
    ]);
  });

  it('offers each named head of service once, in alphabetical order', () => {
    expect(planHeadsOfService(rows)).toEqual(['David Lennox', 'Grace Okafor']);
  });
});
