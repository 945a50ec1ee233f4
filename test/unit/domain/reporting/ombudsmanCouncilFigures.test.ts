import { describe, expect, it } from 'vitest';
import { ombudsmanYearSchema, type OmbudsmanYear } from '../../../../src/domain/records';
import type { ReportInput } from '../../../../src/domain/reporting';
import { knownReportInput, reportTable } from './knownReportInput';

// The Ombudsman's own figures for the council, entered once a year, are printed beside the
// decisions the council recorded, in every procedure's report, for the two years shown.

const known = knownReportInput;

const letter = (o: Partial<OmbudsmanYear> & { year: string }): OmbudsmanYear =>
  ombudsmanYearSchema.parse({ schemaVersion: 1, ...o });

const thisYear = letter({
  year: '2025-26',
  enquiriesReceived: 61,
  decisions: 58,
  detailedInvestigations: 12,
  upheldPercent: 75,
  publicReports: 1,
});
const lastYear = letter({ year: '2024-25', enquiriesReceived: 48, decisions: 47 });

const councilTable = (input: ReportInput, procedure: 'children_statutory' | 'corporate') =>
  reportTable(input, procedure, 'ombudsman', 'ombudsman-council-figures');

describe("the Ombudsman's figures for the council", () => {
  it('are in the report for the year, with last year’s beside them, only the figures entered', () => {
    const { report, table } = councilTable(
      { ...known(), ombudsmanYears: [thisYear, lastYear] },
      'children_statutory',
    );
    expect(report.ombudsman.councilFigures).toEqual(thisYear);
    expect(report.previous.ombudsman.councilFigures).toEqual(lastYear);
    expect(table?.columns).toEqual(['Figure', '2024-25', '2025-26']);
    expect(table?.rows).toEqual([
      ['Complaints and enquiries received', 48, 61],
      ['Decisions made', 47, 58],
      ['Detailed investigations', null, 12],
      ['Upheld, of detailed investigations', null, '75%'],
      ['Public reports', null, 1],
    ]);
    // Our own records' counts are unchanged by them.
    const without = councilTable({ ...known(), ombudsmanYears: [] }, 'children_statutory').report;
    expect(report.ombudsman.decisions).toBe(without.ombudsman.decisions);
  });

  it('are the council’s, so the corporate report shows them too; none entered, no table', () => {
    expect(
      councilTable({ ...known(), ombudsmanYears: [thisYear] }, 'corporate').table?.rows[0],
    ).toEqual(['Complaints and enquiries received', null, 61]);
    const none = councilTable({ ...known(), ombudsmanYears: [] }, 'corporate');
    expect(none.table).toBeUndefined();
    expect(none.report.ombudsman.councilFigures).toBeUndefined();
  });
});
