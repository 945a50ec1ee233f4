import { describe, expect, it } from 'vitest';
import { feedbackCaseSchema, stageSchema, type Stage } from '../../../../src/domain/records';
import {
  buildAnnualReport,
  reportProcedures,
  type ReportCalendar,
  type ReportInput,
} from '../../../../src/domain/reporting';
import { knownReportInput, nationReportCalendar } from './knownReportInput';

// The report makes one pass over the cases and one over the stages for both years, on day
// numbers, and finds each stage's case by walking alongside the cases. These tests hold it to
// the same figures whatever order the records come in and whatever calendar is given.

const known = knownReportInput;

const nationCalendar = nationReportCalendar;
/** The same calendar answering in dates only, as a test or another host may give it. */
const datesOnly: ReportCalendar = {
  workingDaysBetween: (from, to) => nationCalendar.workingDaysBetween(from, to),
  isWorkingDay: (date) => nationCalendar.isWorkingDay(date),
};

describe('the report’s passes', () => {
  const records = known();
  // (The order of the cases shows only in the order of the quotations.)
  const reordered: ReportInput = {
    ...records,
    stages: [...records.stages].sort((a, b) => (a.requested < b.requested ? 1 : -1)),
  };

  it.each(reportProcedures)(
    'gives the same %s report whatever order the stages come in',
    (procedure) => {
      for (const year of ['2025-26', '2024-25']) {
        const options = { year, procedure, calendar: nationCalendar };
        expect(buildAnnualReport(reordered, options)).toEqual(buildAnnualReport(records, options));
      }
    },
  );

  it('gives the same figures from a calendar that answers only in dates', () => {
    for (const procedure of reportProcedures) {
      const byDays = buildAnnualReport(records, {
        year: '2025-26',
        procedure,
        calendar: nationCalendar,
      });
      expect(
        buildAnnualReport(records, { year: '2025-26', procedure, calendar: datesOnly }),
      ).toEqual(byDays);
    }
  });
});

describe('dated pauses', () => {
  const complaint = feedbackCaseSchema.parse({
    schemaVersion: 2,
    reference: 'CSC-2025-0901',
    type: 'complaint',
    procedure: 'children_statutory',
    status: 'closed',
    currentStage: 1,
    received: '2025-06-02',
    closed: '2025-06-30',
    outcome: 'upheld',
  });
  // Mon 2 June to Mon 30 June 2025 is 20 working days (no bank holiday in June).
  const stage1 = (pauses: unknown[]): Stage =>
    stageSchema.parse({
      schemaVersion: 1,
      caseReference: 'CSC-2025-0901',
      number: 1,
      requested: '2025-06-02',
      responded: '2025-06-30',
      pauses,
    });
  const stage1Figures = (pauses: unknown[]) =>
    buildAnnualReport(
      {
        cases: [complaint],
        stages: [stage1(pauses)],
        ombudsman: [],
        costs: [],
        actions: [],
        demand: [],
      },
      { year: '2025-26', procedure: 'all', calendar: nationCalendar },
    ).resolved.stage1;

  it('takes the working days of a dated pause off the clock', () => {
    expect(stage1Figures([])).toMatchObject({ responded: 1, within10: 0, within20: 1 });
    // After Mon 9 June up to and including Mon 23 June: 10 working days paused → 10 taken.
    expect(stage1Figures([{ from: '2025-06-09', to: '2025-06-23', reason: 'adr' }])).toMatchObject({
      responded: 1,
      within10: 1,
      within20: 1,
    });
  });

  it('counts a pause still running, or ending after the response, up to the response', () => {
    // From Mon 16 June: 17–20, 23–27 and 30 June are 10 working days before the response.
    expect(stage1Figures([{ from: '2025-06-16', reason: 'adr' }])).toMatchObject({ within10: 1 });
    expect(stage1Figures([{ from: '2025-06-16', to: '2025-07-31', reason: 'adr' }])).toMatchObject({
      within10: 1,
    });
    // 9 working days (after Tue 17 June) are not enough; with 1 given as a number they are.
    expect(stage1Figures([{ from: '2025-06-17', reason: 'adr' }])).toMatchObject({ within10: 0 });
    expect(
      stage1Figures([
        { from: '2025-06-17', reason: 'adr' },
        { workingDays: 1, reason: 'adr' },
      ]),
    ).toMatchObject({ within10: 1 });
  });
});
