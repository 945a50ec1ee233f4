import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { buildAnnualReport, reportCalendarOf } from '../../../../src/domain/reporting';
import { planImport, planRecords } from '../../../../src/data/import/importPlan';

const dir = new URL('../../../fixtures/import/known-report/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

function knownRecords() {
  const texts = new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => [name, readFileSync(new URL(name, dir), 'utf8')] as const),
  );
  const plan = planImport(texts);
  expect(plan.errors).toEqual([]);
  return planRecords(plan);
}

const calendar = reportCalendarOf(calendarForNation());

describe('the annual report of a dataset worked out by hand', () => {
  const records = knownRecords();

  it('gives every figure of the children’s statutory report for 2025-26 and 2024-25', () => {
    const report = buildAnnualReport(records, {
      year: '2025-26',
      procedure: 'children_statutory',
      calendar,
    });
    expect(report).toEqual(readJson('expected-children_statutory-2025-26.json'));
  });

  it('gives the Complaint Handling Code figures for corporate complaints', () => {
    const report = buildAnnualReport(records, {
      year: '2025-26',
      procedure: 'corporate',
      calendar,
    });
    expect(report.code).toEqual(readJson('expected-corporate-code-2025-26.json'));
  });

  it('counts every procedure, and unlinked costs, in the report for all', () => {
    const report = buildAnnualReport(records, { year: '2025-26', procedure: 'all', calendar });
    expect(report.received).toMatchObject({
      complaints: 23,
      compliments: 3,
      mpEnquiries: 3,
      comments: 1,
      byProcedure: { children_statutory: 16, adults_statutory: 2, corporate: 5 },
    });
    expect(report.costs['2025-26']).toMatchObject({ other: 50, redress: 350, total: 3600.75 });
    expect(report.ombudsman).toMatchObject({ decisions: 5, remedyPayments: 850.5 });
    expect(report.code).toEqual(readJson('expected-corporate-code-2025-26.json'));
  });

  it('counts a Stage 2 from the agreed statement when the council chose that clock', () => {
    const report = buildAnnualReport(records, {
      year: '2025-26',
      procedure: 'children_statutory',
      calendar,
      stage2ClockStart: 'statement_agreed',
    });
    // CSC-2025-0113's statement was agreed Mon 19 May: to Tue 17 Jun is 20, still within 25.
    expect(report.resolved.stage2).toMatchObject({ responded: 4, within25: 2, within65: 3 });
  });
});
