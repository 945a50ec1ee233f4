import { ombudsmanYearRecord, type OmbudsmanYear } from '../../domain/records';
import { number, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { managerAccess } from './siteRoles';

/**
 * Ombudsman annual figures: the Ombudsman's own counts for the council, one item per financial
 * year, entered by the complaints manager (who liaises with the Ombudsman) beside the demand
 * figures; everyone else reads them.
 */
export const ombudsmanYearsList: MappedList<OmbudsmanYear> = mappedList<OmbudsmanYear>({
  key: 'ombudsmanYears',
  access: managerAccess,
  displayName: 'Ombudsman annual figures',
  description: "Feedback Desk: the Ombudsman's annual figures for the council, one item a year.",
  keyColumn: 'FinancialYear',
  record: ombudsmanYearRecord,
  title: (o) => o.year,
  fields: {
    year: text('FinancialYear', { unique: true, required: true, displayName: 'Financial year' }),
    schemaVersion: schemaVersion(ombudsmanYearRecord.version),
    enquiriesReceived: number('EnquiriesReceived', { displayName: 'Enquiries received' }),
    decisions: number('Decisions'),
    detailedInvestigations: number('DetailedInvestigations', {
      displayName: 'Detailed investigations',
    }),
    upheldPercent: number('UpheldPercent', { displayName: 'Upheld (%)' }),
    similarAuthoritiesUpheldPercent: number('SimilarUpheldPercent', {
      displayName: 'Similar authorities upheld (%)',
    }),
    compliancePercent: number('CompliancePercent', { displayName: 'Compliance (%)' }),
    satisfactoryRemedyPercent: number('SatisfactoryRemedyPercent', {
      displayName: 'Already put right (%)',
    }),
    publicReports: number('PublicReports', { displayName: 'Public reports' }),
  },
  keyOf: (o) => o.year,
});
