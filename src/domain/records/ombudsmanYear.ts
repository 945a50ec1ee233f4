import { z } from 'zod';
import { financialYearSchema } from './cost';
import { defineRecord } from './versioned';

const count = z.number().int('a count is a whole number').min(0).optional();
const percent = z.number().min(0).max(100, 'a percentage is at most 100').optional();

/**
 * The Ombudsman's own figures for the council in a financial year, as its annual letter (and
 * the statistics published with it) gives them: entered once a year by the complaints
 * manager, beside the demand figures. They are the Ombudsman's counts, not ours: it hears of
 * complaints the council never saw, so its enquiries received are not our Ombudsman cases.
 * Each figure is optional (blank: not entered). docs/reports.md, Ombudsman.
 */
export const ombudsmanYearSchema = z.object({
  schemaVersion: z.literal(1),
  year: financialYearSchema,
  /** Complaints and enquiries about the council the Ombudsman received. */
  enquiriesReceived: count,
  /** Decisions it made about the council. */
  decisions: count,
  /** Of those, detailed investigations. */
  detailedInvestigations: count,
  /** Detailed investigations upheld, in per cent. */
  upheldPercent: percent,
  /** The average upheld rate of similar authorities, in per cent. */
  similarAuthoritiesUpheldPercent: percent,
  /** Recommendations the council complied with, in per cent. */
  compliancePercent: percent,
  /** Upheld cases the council had already put right before the Ombudsman came, in per cent. */
  satisfactoryRemedyPercent: percent,
  /** Public reports the Ombudsman issued about the council. */
  publicReports: count,
});
export type OmbudsmanYear = z.infer<typeof ombudsmanYearSchema>;

/** The figures a year's letter gives, in the order the form and the report show them. */
export const ombudsmanYearFigures = [
  'enquiriesReceived',
  'decisions',
  'detailedInvestigations',
  'upheldPercent',
  'similarAuthoritiesUpheldPercent',
  'compliancePercent',
  'satisfactoryRemedyPercent',
  'publicReports',
] as const satisfies readonly (keyof OmbudsmanYear)[];
export type OmbudsmanYearFigure = (typeof ombudsmanYearFigures)[number];

/** Which figures are percentages (the rest are counts). */
export const isPercentFigure = (figure: OmbudsmanYearFigure): boolean => figure.endsWith('Percent');

export const ombudsmanYearLabels: Record<OmbudsmanYearFigure, string> = {
  enquiriesReceived: 'Complaints and enquiries received',
  decisions: 'Decisions made',
  detailedInvestigations: 'Detailed investigations',
  upheldPercent: 'Upheld, of detailed investigations (%)',
  similarAuthoritiesUpheldPercent: 'Average upheld rate of similar authorities (%)',
  compliancePercent: 'Recommendations complied with (%)',
  satisfactoryRemedyPercent: 'Upheld cases already put right by the council (%)',
  publicReports: 'Public reports',
};

export const ombudsmanYearRecord = defineRecord({
  name: "Ombudsman's annual figures",
  version: 1,
  schema: ombudsmanYearSchema,
  migrations: {},
});
