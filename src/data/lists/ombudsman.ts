import {
  ombudsmanCaseRecord,
  ombudsmanDecisions,
  procedures,
  remedyTypes,
  type OmbudsmanCase,
} from '../../domain/records';
import { choice, choices, currency, date, note, schemaVersion, text, yesNo } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { managerAccess } from './siteRoles';

/** Ombudsman: LGSCO cases about our cases, their decisions and remedies. */
export const ombudsmanList: MappedList<OmbudsmanCase> = mappedList<OmbudsmanCase>({
  key: 'ombudsman',
  access: managerAccess,
  displayName: 'Ombudsman',
  description: 'Feedback Desk: Local Government and Social Care Ombudsman cases and decisions.',
  keyColumn: 'OmbudsmanReference',
  record: ombudsmanCaseRecord,
  title: (o) => o.reference,
  fields: {
    reference: text('OmbudsmanReference', {
      unique: true,
      required: true,
      displayName: 'Ombudsman reference',
    }),
    caseReference: text('CaseReference', { indexed: true, displayName: 'Case reference' }),
    procedure: choice('Procedure', procedures, { indexed: true }),
    serviceArea: text('ServiceArea', { displayName: 'Service area' }),
    schemaVersion: schemaVersion(ombudsmanCaseRecord.version),
    received: date('Received', { indexed: true, required: true }),
    decided: date('Decided', { indexed: true }),
    decision: choice('Decision', ombudsmanDecisions, { indexed: true }),
    injustice: yesNo('Injustice'),
    publicReport: yesNo('PublicReport', { displayName: 'Public report' }),
    remedyAmount: currency('RemedyAmount', { displayName: 'Remedy payment' }),
    remedyTypes: choices('RemedyTypes', remedyTypes, { displayName: 'Remedies' }),
    complianceDue: date('ComplianceDue', { indexed: true, displayName: 'Compliance due' }),
    complied: date('Complied'),
    codeNonCompliance: note('CodeNonCompliance', {
      displayName: 'Finding of non-compliance with the Code',
    }),
  },
  keyOf: (o) => o.reference,
});
