import { describe, expect, it } from 'vitest';
import {
  filterPlanRows,
  noPlanFilters,
  planHeadsOfService,
} from '../../../../src/tab/views/plans/planFilters';
import { selectPlanRows } from '../../../../src/tab/views/plans/selectPlans';
import { d, plan, snapshot } from '../snapshotBuilder';

const grace = { name: 'Grace Okafor', upn: 'grace.okafor@example.gov.uk' };
const david = { name: 'David Lennox', upn: 'david.lennox@example.gov.uk' };

const rows = selectPlanRows(
  snapshot({
    plans: [
      plan('AP-2026-0001', { state: 'submitted', headOfService: grace }),
      plan('AP-2026-0002', { state: 'completed', headOfService: david }),
      plan('AP-2026-0003', { state: 'draft', headOfService: grace }),
      plan('AP-2026-0004', { state: 'closed' }),
      plan('AP-2026-0005', { state: 'returned', headOfService: david }),
    ],
  }).plans,
  d('2026-02-01'),
);
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
    expect(ids(filterPlanRows(rows, { state: '', headOfService: 'none' }))).toEqual([
      'AP-2026-0004',
    ]);
  });

  it('offers each named head of service once, in alphabetical order', () => {
    expect(planHeadsOfService(rows)).toEqual(['David Lennox', 'Grace Okafor']);
  });
});
