import { describe, expect, it } from 'vitest';
import { refusalSchema, type Refusal } from '../../../../src/domain/records';
import type { ReportProcedure } from '../../../../src/domain/reporting';
import { knownReportInput, reportTable } from './knownReportInput';

// The refusal register in the annual report (issue 16/17; the Complaint Handling Code 8.1 asks
// for a summary of the complaints refused): counted by the date refused, by reason, in the
// procedure of the linked case or, not linked, the procedure recorded on the refusal.

const known = knownReportInput;

let n = 0;
// As typed into a form or a file: plain strings, parsed by the record's own schema.
const refusal = (r: { readonly refused?: string } & Record<string, unknown>): Refusal =>
  refusalSchema.parse({
    schemaVersion: 1,
    id: `REF-TEST-${++n}`,
    received: r.refused ?? '2025-06-01',
    signposted: true,
    ...r,
  });

const register: Refusal[] = [
  refusal({ procedure: 'corporate', refused: '2025-05-01', reason: 'outside_time_limit' }),
  // Linked to a corporate case: counts there without a procedure of its own.
  refusal({
    caseReference: 'CORP-2025-0002',
    refused: '2025-10-10',
    reason: 'service_request',
    signposted: false,
  }),
  // Received in March, refused in April: the year it was refused.
  refusal({
    procedure: 'corporate',
    received: '2025-03-20',
    refused: '2025-04-02',
    reason: 'other',
    reasonOther: 'Anonymous, no way to reply',
  }),
  refusal({ procedure: 'corporate', refused: '2025-03-31', reason: 'unreasonable' }),
  refusal({ procedure: 'corporate', refused: '2026-04-01', reason: 'outside_time_limit' }),
  refusal({ procedure: 'children_statutory', refused: '2025-06-01', reason: 'handled_elsewhere' }),
];

const reportOf = (procedure: ReportProcedure, refusals: readonly Refusal[] = register) =>
  reportTable({ ...known(), refusals }, procedure, 'refusals', 'refusals-by-reason');

describe('refusals in the annual report', () => {
  it('counts the corporate year by reason, by the date refused, with how many signposted', () => {
    const { report } = reportOf('corporate');
    expect(report.refusals).toEqual({
      total: 3,
      signposted: 2,
      byReason: {
        outside_time_limit: 1,
        handled_elsewhere: 0,
        service_request: 1,
        unreasonable: 0,
        other: 1,
      },
    });
    expect(report.previous.refusals).toMatchObject({ total: 1, byReason: { unreasonable: 1 } });
  });

  it('keeps each procedure to its own refusals; the whole council takes them all', () => {
    expect(reportOf('children_statutory').report.refusals).toMatchObject({
      total: 1,
      byReason: { handled_elsewhere: 1 },
    });
    expect(reportOf('adults_statutory').report.refusals.total).toBe(0);
    expect(reportOf('all').report.refusals.total).toBe(4);
  });

  it('prints a table by reason with the total last, below the manager’s words', () => {
    const { section, table } = reportOf('corporate');
    expect(section?.heading).toBe('Complaints the council refused to accept');
    expect(table?.columns).toEqual(['Reason', '2024-25', '2025-26', 'Change']);
    expect(table?.rows.map((row) => row.slice(0, 3))).toEqual([
      ['Outside the time limit', 0, 1],
      ['Already decided or being handled elsewhere (e.g. a tribunal or court)', 0, 0],
      ['Not a complaint (a service request)', 0, 1],
      ['Persistent or unreasonable', 1, 0],
      ['Other reason', 0, 1],
      ['Total refused', 1, 3],
    ]);
    expect(table?.totalRows).toBe(1);
    expect(JSON.stringify(section?.blocks)).toContain(
      '2 of the 3 refusals in 2025-26 told the person they could go to the Ombudsman (1 of 1 in 2024-25).',
    );
  });

  it('is in the statutory reports too when any was refused; the corporate report says when none was', () => {
    expect(reportOf('children_statutory').table?.rows.at(-1)?.slice(0, 3)).toEqual([
      'Total refused',
      0,
      1,
    ]);
    expect(reportOf('adults_statutory').section).toBeUndefined();
    const none = reportOf('corporate', []);
    expect(none.table).toBeUndefined();
    expect(JSON.stringify(none.section?.blocks)).toContain(
      'No complaint was recorded as refused in 2024-25 or 2025-26.',
    );
  });
});
