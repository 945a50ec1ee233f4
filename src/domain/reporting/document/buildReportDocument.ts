import type { AnnualReport, ReportProcedure } from '../reportTypes';
import { adultsRegulation, adultsSections } from './adultsReport';
import { childrenRegulation, childrenSections } from './childrenReport';
import type { DraftSection, SectionContext } from './commonSections';
import { corporateRegulation, corporateSections } from './corporateReport';
import { emptyNarrative, type ReportNarrative } from './narrative';
import { overallSections } from './overallReport';
import type { ReportDocument, ReportSection } from './reportDocument';

export interface DocumentOptions {
  readonly councilName: string;
  /** What the complaints manager wrote for this year and procedure. */
  readonly narrative?: ReportNarrative;
}

const titles: Record<ReportProcedure, string> = {
  children_statutory: "Children's social care complaints and compliments",
  adults_statutory: 'Adult social care complaints and compliments',
  corporate: 'Annual complaint performance and service improvement report',
  all: 'Complaints, compliments and MP enquiries',
};

const subjects: Record<ReportProcedure, string> = {
  children_statutory: "children's social care",
  adults_statutory: 'adult social care',
  corporate: 'council services',
  all: 'council services',
};

/**
 * The annual report as a document a committee reads, fitted to the procedure's law: numbered
 * sections, the purpose and the regulation it meets, key messages drafted from the figures,
 * the manager's narrative, tables with totals, whole-number percentages and the change on
 * last year, charts comparing years beside their tables, and a sentence wherever a section
 * has nothing to show. Figures are those of `report`.
 * `buildReportDocument(report, { councilName: 'Example County Council' }).sections[0].heading` → `Purpose of this report`
 */
export function buildReportDocument(
  report: AnnualReport,
  options: DocumentOptions,
): ReportDocument {
  const ctx: SectionContext = {
    report,
    years: [report.year, report.previous.year],
    narrative: options.narrative ?? emptyNarrative(),
    councilName: options.councilName,
    subject: subjects[report.procedure],
  };
  const [sections, regulation] = (() => {
    switch (report.procedure) {
      case 'children_statutory':
        return [childrenSections(ctx), childrenRegulation] as const;
      case 'adults_statutory':
        return [adultsSections(ctx), adultsRegulation] as const;
      case 'corporate':
        return [corporateSections(ctx), corporateRegulation] as const;
      case 'all':
        return [
          overallSections(ctx),
          'No single regulation: each procedure has its own report',
        ] as const;
    }
  })();
  return {
    title: `${titles[report.procedure]}: annual report ${report.year}`,
    subtitle: options.councilName,
    regulation,
    sections: numberSections(sections),
  };
}

/** Sections 1, 2, 3…; appendices A, B… after them. */
export function numberSections(sections: readonly DraftSection[]): ReportSection[] {
  let section = 0;
  let appendix = 0;
  return sections.map((s) => ({
    ...s,
    number: s.appendix ? String.fromCharCode(65 + appendix++) : String(++section),
  }));
}
