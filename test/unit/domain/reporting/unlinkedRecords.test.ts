import { describe, expect, it } from 'vitest';
import {
  costSchema,
  ombudsmanCaseSchema,
  type Cost,
  type OmbudsmanCase,
} from '../../../../src/domain/records';
import {
  buildAnnualReport,
  type ReportInput,
  type ReportProcedure,
} from '../../../../src/domain/reporting';
import { knownReportInput, nationReportCalendar } from './knownReportInput';

// An Ombudsman decision or a cost not linked to any case counts in the report of the procedure
// recorded on it; one linked to a case counts where its case does, whatever it says itself.

const known = knownReportInput;
const calendar = nationReportCalendar;

const decision = (o: Record<string, unknown>): OmbudsmanCase =>
  ombudsmanCaseSchema.parse({
    schemaVersion: 1,
    received: '2025-05-01',
    decided: '2025-09-01',
    decision: 'upheld',
    injustice: true,
    remedyAmount: 0,
    remedyTypes: [],
    ...o,
  });
const cost = (c: Record<string, unknown>): Cost =>
  costSchema.parse({
    schemaVersion: 1,
    date: '2025-07-01',
    type: 'independent_person',
    ...c,
  });

const extra = {
  ombudsman: [
    // Came to the Ombudsman first: no case of ours, the children's procedure, £750 paid.
    decision({
      reference: '25 009 001',
      procedure: 'children_statutory',
      serviceArea: 'Special guardianship',
      remedyAmount: 750,
      remedyTypes: ['apology', 'payment'],
    }),
    // Linked to a corporate case: counts there, not where its own procedure says.
    decision({
      reference: '25 009 002',
      caseReference: 'CORP-2025-0001',
      procedure: 'children_statutory',
      remedyAmount: 40,
      remedyTypes: ['payment'],
    }),
    // Not linked and no procedure: only in the report for all.
    decision({ reference: '25 009 003', decision: 'not_upheld', injustice: false }),
  ],
  costs: [
    cost({
      id: 'COST-X-1',
      amount: 1200,
      procedure: 'children_statutory',
      serviceArea: 'Fostering',
    }),
    cost({ id: 'COST-X-2', amount: 300, procedure: 'adults_statutory' }),
  ],
};

function reportOf(input: ReportInput, procedure: ReportProcedure) {
  return buildAnnualReport(input, { year: '2025-26', procedure, calendar });
}

describe('Ombudsman decisions and costs not linked to a case', () => {
  const before = known();
  const after: ReportInput = {
    ...before,
    ombudsman: [...before.ombudsman, ...extra.ombudsman],
    costs: [...before.costs, ...extra.costs],
  };

  it('count in the report of the procedure recorded on them', () => {
    const was = reportOf(before, 'children_statutory');
    const is = reportOf(after, 'children_statutory');
    expect(is.ombudsman.decisions).toBe(was.ombudsman.decisions + 1);
    expect(is.ombudsman.byDecision.upheld).toBe(was.ombudsman.byDecision.upheld + 1);
    expect(is.ombudsman.remedyPayments).toBe(was.ombudsman.remedyPayments + 750);
    expect(is.ombudsman.byRemedy.payment).toBe(was.ombudsman.byRemedy.payment + 1);
    expect(is.ombudsman.byServiceArea['Special guardianship']).toBe(1);
    // Nothing showed the council had upheld it: it counts in the actual uphold rate.
    expect(is.ombudsman.upheldWhereCouncilHadNot).toBe(was.ombudsman.upheldWhereCouncilHadNot + 1);
    expect(is.costs['2025-26']?.independent_person).toBe(
      (was.costs['2025-26']?.independent_person ?? 0) + 1200,
    );
  });

  it('count where their case does when linked, whatever procedure they carry', () => {
    const was = reportOf(before, 'corporate');
    const is = reportOf(after, 'corporate');
    expect(is.ombudsman.decisions).toBe(was.ombudsman.decisions + 1);
    expect(is.ombudsman.remedyPayments).toBe(was.ombudsman.remedyPayments + 40);
  });

  it('count in no procedure’s report without a procedure, but in the report for all', () => {
    const adults = reportOf(after, 'adults_statutory');
    expect(adults.ombudsman.decisions).toBe(
      reportOf(before, 'adults_statutory').ombudsman.decisions,
    );
    expect(adults.costs['2025-26']?.total).toBe(
      (reportOf(before, 'adults_statutory').costs['2025-26']?.total ?? 0) + 300,
    );
    const all = reportOf(after, 'all');
    expect(all.ombudsman.decisions).toBe(reportOf(before, 'all').ombudsman.decisions + 3);
  });

  it('take their service area from the case when they record none', () => {
    const is = reportOf(after, 'corporate');
    const linkedArea = after.cases.find((c) => c.reference === 'CORP-2025-0001')?.serviceArea;
    expect(linkedArea).toBeDefined();
    expect(is.ombudsman.byServiceArea[linkedArea as string]).toBe(2);
  });
});
