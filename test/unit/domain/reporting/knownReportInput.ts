import { readFileSync, readdirSync } from 'node:fs';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { planImport, planRecords } from '../../../../src/data/import/importPlan';
import {
  buildAnnualReport,
  reportCalendarOf,
  type ReportInput,
  type ReportProcedure,
} from '../../../../src/domain/reporting';
import { buildReportDocument } from '../../../../src/domain/reporting/document/buildReportDocument';
import type { ReportTable } from '../../../../src/domain/reporting/document/reportDocument';

/**
 * The records of the known report (test/fixtures/import/known-report, an invented council's
 * CSV files), read through the import as a council would bring them in: the base that the
 * report tests add their own records to. A new copy on every call, so a test may change it.
 */
const dir = new URL('../../../fixtures/import/known-report/', import.meta.url);
export function knownReportInput(): ReportInput {
  const texts = new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => [name, readFileSync(new URL(name, dir), 'utf8')] as const),
  );
  return planRecords(planImport(texts));
}

/** England's working calendar, as the reports count working days. */
export const nationReportCalendar = reportCalendarOf(calendarForNation());

/**
 * The 2025-26 report of a procedure and one table of its Word document, found by the ids of
 * its section and table: `reportTable(input, 'corporate', 'refusals', 'refusals-by-reason')`.
 */
export function reportTable(
  input: ReportInput,
  procedure: ReportProcedure,
  sectionId: string,
  tableId: string,
) {
  const report = buildAnnualReport(input, {
    year: '2025-26',
    procedure,
    calendar: nationReportCalendar,
  });
  const document = buildReportDocument(report, { councilName: 'Example County Council' });
  const section = document.sections.find((s) => s.id === sectionId);
  const table = section?.blocks.find(
    (b): b is ReportTable => b.kind === 'table' && b.id === tableId,
  );
  return { report, section, table };
}
