import {
  loadRecord,
  ombudsmanCaseRecord,
  ombudsmanDecisions,
  remedyTypes,
  type OmbudsmanCase,
} from '../../domain/records';
import {
  booleanColumn,
  choiceColumn,
  currencyColumn,
  dateColumn,
  schemaVersionColumn,
  textColumn,
} from './columns';
import {
  defined,
  readBoolean,
  readDate,
  readMulti,
  readNumber,
  readText,
  writeDate,
  writeMulti,
} from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { teamAccess } from './siteRoles';

/** Ombudsman: LGSCO cases about our cases, their decisions and remedies. */
export const ombudsmanList: ListDefinition<OmbudsmanCase> = {
  key: 'ombudsman',
  access: teamAccess,
  displayName: 'Ombudsman',
  description: 'Feedback Desk: Local Government and Social Care Ombudsman cases and decisions.',
  keyColumn: 'OmbudsmanReference',
  columns: [
    textColumn('OmbudsmanReference', {
      unique: true,
      required: true,
      displayName: 'Ombudsman reference',
    }),
    textColumn('CaseReference', { indexed: true, displayName: 'Case reference' }),
    schemaVersionColumn(),
    dateColumn('Received', { indexed: true, required: true }),
    dateColumn('Decided', { indexed: true }),
    choiceColumn('Decision', ombudsmanDecisions, { indexed: true }),
    booleanColumn('Injustice'),
    currencyColumn('RemedyAmount', { displayName: 'Remedy payment' }),
    choiceColumn('RemedyTypes', remedyTypes, { multi: true, displayName: 'Remedies' }),
    dateColumn('ComplianceDue', { indexed: true, displayName: 'Compliance due' }),
    dateColumn('Complied'),
  ],
  keyOf: (o) => o.reference,
  toFields: (o) => ({
    Title: o.reference,
    OmbudsmanReference: o.reference,
    CaseReference: o.caseReference ?? null,
    SchemaVersion: o.schemaVersion,
    Received: writeDate(o.received),
    Decided: writeDate(o.decided),
    Decision: o.decision ?? null,
    Injustice: o.injustice ?? null,
    RemedyAmount: o.remedyAmount,
    ...writeMulti('RemedyTypes', o.remedyTypes),
    ComplianceDue: writeDate(o.complianceDue),
    Complied: writeDate(o.complied),
  }),
  fromFields: (f) =>
    loadRecord(
      ombudsmanCaseRecord,
      defined({
        schemaVersion: readNumber(f.SchemaVersion) ?? ombudsmanCaseRecord.version,
        reference: readText(f.OmbudsmanReference),
        caseReference: readText(f.CaseReference),
        received: readDate(f.Received),
        decided: readDate(f.Decided),
        decision: readText(f.Decision),
        injustice: readBoolean(f.Injustice),
        remedyAmount: readNumber(f.RemedyAmount),
        remedyTypes: readMulti(f.RemedyTypes),
        complianceDue: readDate(f.ComplianceDue),
        complied: readDate(f.Complied),
      }),
    ),
};
