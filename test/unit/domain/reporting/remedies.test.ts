import { describe, expect, it } from 'vitest';
import type { LearningAction } from '../../../../src/domain/records';
import { asCaseReference, asIsoDate } from '../../../../src/domain/primitives/brand';
import { knownReportInput, reportTable } from './knownReportInput';

// Remedies followed through to completion apart from the response (Complaint Handling Code
// 6.6, 7.3), from the rule: counted by the date promised to the complainant; done by it, done
// after it, still to do, or cancelled; other kinds of action left out.

const input = knownReportInput();
let n = 0;
const remedy = (
  caseReference: string,
  due: string,
  status: LearningAction['status'],
  completed?: string,
  kind: LearningAction['kind'] = 'individual_remedy',
): LearningAction => ({
  schemaVersion: 1,
  id: `REM-TEST-${(n += 1)}`,
  caseReference: asCaseReference(caseReference),
  action: 'Refund the parking charge',
  owner: 'Team manager',
  due: asIsoDate(due),
  status,
  ...(completed ? { completed: asIsoDate(completed), evidence: 'Payment made' } : {}),
  kind,
  learning: [],
});

const actions = [
  ...input.actions,
  remedy('CSC-2025-0102', '2025-06-15', 'done', '2025-06-15'), // on the day: by the date
  remedy('CSC-2025-0106', '2025-07-15', 'done', '2025-07-22'), // a week late
  remedy('CSC-2025-0114', '2026-02-27', 'in_progress'),
  remedy('CSC-2025-0107', '2025-09-01', 'open'),
  remedy('CSC-2025-0108', '2025-10-01', 'cancelled'),
  remedy('CSC-2025-0109', '2025-05-01', 'done', '2025-04-30', 'training'), // not a remedy
  remedy('CSC-2025-0110', '2025-03-31', 'done', '2025-03-28'), // promised in 2024-25
  remedy('CORP-2025-0001', '2025-08-01', 'open'), // another procedure
];

describe('remedies in the annual report', () => {
  it('counts the remedies promised for a date in the year, and what became of them', () => {
    const { report, table } = reportTable(
      { ...input, actions },
      'children_statutory',
      'learning',
      'remedies',
    );
    expect(report.learning.remedies).toEqual({
      due: 5,
      doneByDate: 1,
      doneLate: 1,
      stillToDo: 2,
      cancelled: 1,
    });
    expect(report.previous.learning.remedies).toMatchObject({ due: 1, doneByDate: 1 });
    expect(table?.rows.map((r) => r.slice(0, 3))).toEqual([
      ['Done by the date promised', 1, 1],
      ['Done after the date promised', 0, 1],
      ['Still to do', 0, 2],
      ['Cancelled', 0, 1],
      ['Total due', 1, 5],
    ]);
  });

  it('counts a remedy in the report of its own case’s procedure only', () => {
    const { report } = reportTable({ ...input, actions }, 'corporate', 'learning', 'remedies');
    expect(report.learning.remedies).toMatchObject({ due: 1, stillToDo: 1 });
  });

  it('says so in one sentence when none were due in either year', () => {
    const { section, table } = reportTable(input, 'children_statutory', 'learning', 'remedies');
    expect(table).toBeUndefined();
    expect(section?.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'No remedies for complainants were due in 2025-26 or 2024-25.',
    });
  });
});
