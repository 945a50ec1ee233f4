import { describe, expect, it } from 'vitest';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { defaultTimescalePolicy } from '../../../../src/domain/timescales';
import { countByStatus, selectOpenCaseRows } from '../../../../src/tab/data/openCaseRows';
import {
  filterOptions,
  filterRows,
  noFilters,
} from '../../../../src/tab/views/timeliness/selectTimeliness';
import { complaint, d, snapshot, stage } from '../snapshotBuilder';

const calendar = calendarForNation();
const policy = defaultTimescalePolicy();

// Children's Stage 1 received Fri 2025-12-19: response due Wed 2026-01-07 (docs/domain.md, Timescales).
const s = snapshot({
  cases: [
    complaint('CSC-1', { owner: { name: 'Sam Lee' }, serviceArea: 'Fostering' }),
    complaint('CSC-2', { received: d('2025-11-03'), serviceArea: 'Adoption' }),
    complaint('CSC-3', { received: d('2025-12-01') }),
    complaint('CSC-4', { status: 'closed', closed: d('2025-12-20') }),
    complaint('CORP-1', { procedure: 'corporate', received: d('2026-01-02') }),
  ],
  stages: [
    stage('CSC-1', { acknowledged: d('2025-12-22') }),
    stage('CSC-2', { requested: d('2025-11-03'), acknowledged: d('2025-11-04') }),
    stage('CSC-3', {
      requested: d('2025-12-01'),
      acknowledged: d('2025-12-02'),
      pauses: [{ from: d('2025-12-10'), reason: 'adr', agreedByBoth: false }],
    }),
    stage('CSC-4', { responded: d('2025-12-20') }),
    stage('CORP-1', { requested: d('2026-01-02') }),
  ],
});

describe('selectOpenCaseRows', () => {
  const rows = selectOpenCaseRows(s, d('2026-01-05'), calendar, policy);

  it('lists open cases only, overdue first, then due soon, on track and paused', () => {
    expect(rows.map((r) => [r.reference, r.status])).toEqual([
      ['CSC-2', 'overdue'],
      ['CSC-1', 'due_soon'],
      ['CORP-1', 'on_track'],
      ['CSC-3', 'paused'],
    ]);
  });

  it('gives the next due date and the working days left', () => {
    const row = rows.find((r) => r.reference === 'CSC-1');
    expect(row).toMatchObject({
      nextEvent: 'Stage 1 response',
      due: '2026-01-07',
      workingDaysLeft: 2,
      stageLabel: 'Stage 1',
      owner: 'Sam Lee',
    });
    // Corporate: the acknowledgement comes first (5 working days from receipt).
    expect(rows.find((r) => r.reference === 'CORP-1')?.nextEvent).toBe('Stage 1 acknowledgement');
  });

  it('filters by procedure, service area, owner, stage and status, keeping the order', () => {
    expect(
      filterRows(rows, { ...noFilters, procedure: 'corporate' }).map((r) => r.reference),
    ).toEqual(['CORP-1']);
    expect(
      filterRows(rows, { ...noFilters, serviceArea: 'Adoption' }).map((r) => r.reference),
    ).toEqual(['CSC-2']);
    expect(filterRows(rows, { ...noFilters, owner: 'Sam Lee' }).map((r) => r.reference)).toEqual([
      'CSC-1',
    ]);
    expect(filterRows(rows, { ...noFilters, stage: '2' })).toEqual([]);
    expect(filterRows(rows, { ...noFilters, status: 'paused' }).map((r) => r.reference)).toEqual([
      'CSC-3',
    ]);
    expect(filterRows(rows, noFilters)).toBe(rows);
  });

  it('counts by status and offers the values present as filter options', () => {
    expect(countByStatus(rows)).toEqual({
      overdue: 1,
      due_soon: 1,
      on_track: 1,
      paused: 1,
      none: 0,
    });
    expect(filterOptions(rows)).toEqual({
      serviceAreas: ['Adoption', 'Fostering'],
      owners: ['Sam Lee'],
    });
  });
});
