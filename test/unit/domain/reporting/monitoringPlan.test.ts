import { describe, expect, it } from 'vitest';
import { learningActionSchema, type LearningAction } from '../../../../src/domain/records';
import { knownReportInput, reportTable } from './knownReportInput';

// Next year's monitoring plan in the annual report (issue 17): every open action with its
// deadline, and the ones whose deadline had already passed at the year end said in words,
// not by colour, so a committee can read which promises were missed.

let n = 0;
const action = (due: string, status: 'open' | 'in_progress' | 'done'): LearningAction =>
  learningActionSchema.parse({
    schemaVersion: 1,
    id: `ACT-TEST-${++n}`,
    caseReference: 'CSC-2025-0101',
    action: `Action due ${due}`,
    owner: 'Team manager',
    due,
    status,
    ...(status === 'done' ? { completed: '2025-09-01', evidence: 'Done and checked' } : {}),
  });

const planOf = (actions: readonly LearningAction[]) =>
  reportTable({ ...knownReportInput(), actions }, 'children_statutory', 'monitoring', 'monitoring');

describe('the monitoring plan', () => {
  it('marks open actions whose deadline fell on or before 31 March as overdue, in words', () => {
    const { section, table } = planOf([
      action('2026-06-30', 'open'),
      action('2026-03-31', 'in_progress'),
      action('2025-11-15', 'open'),
      action('2026-04-01', 'in_progress'),
      action('2025-08-01', 'done'),
    ]);
    const rows = table?.rows.map((r) => [r[0], r[2], r[3]]);
    expect(rows).toEqual([
      ['Action due 2025-11-15', '15 November 2025', 'Overdue'],
      ['Action due 2026-03-31', '31 March 2026', 'Overdue'],
      ['Action due 2026-04-01', '1 April 2026', 'In progress'],
      ['Action due 2026-06-30', '30 June 2026', 'Not started'],
    ]);
    expect(table?.columns).toEqual([
      'Action',
      'Owner',
      'Deadline for completion',
      'State',
      'Service area',
    ]);
    expect(JSON.stringify(section?.blocks[0])).toContain(
      '2 of the 4 open actions were past their deadline at 31 March 2026',
    );
  });

  it('says when no open action is late, and when there is none open at all', () => {
    const late = planOf([action('2026-05-01', 'open')]);
    expect(JSON.stringify(late.section?.blocks[0])).toContain(
      'No open action had passed its deadline at 31 March 2026.',
    );
    expect(late.table?.rows.map((r) => r[3])).toEqual(['Not started']);
    const none = planOf([action('2025-08-01', 'done')]);
    expect(none.table).toBeUndefined();
    expect(JSON.stringify(none.section?.blocks)).toContain('No actions from complaints are open.');
  });
});
