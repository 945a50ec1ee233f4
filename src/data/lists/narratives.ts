import {
  loadRecord,
  narrativeKey,
  narrativeProcedureSchema,
  savedNarrativeRecord,
  type SavedNarrative,
} from '../../domain/records';
import { choiceColumn, noteColumn, schemaVersionColumn, textColumn } from './columns';
import { defined, readJson, readNumber, readText, writeJson } from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { teamAccess } from './siteRoles';

/** Each text of the narrative in a column of its own (each at most 20,000 characters). */
const texts = [
  ['introduction', 'Introduction'],
  ['context', 'Context'],
  ['keyMessages', 'KeyMessages'],
  ['learning', 'Learning'],
  ['priorities', 'Priorities'],
  ['selfAssessment', 'SelfAssessment'],
  ['governanceResponse', 'GovernanceResponse'],
  ['refusals', 'Refusals'],
] as const;

/**
 * Report narratives: what the complaints manager wrote for one year's annual report of one
 * procedure (docs/reports.md, Narrative). Read when the report is opened, not in the tab's
 * snapshot: a site has a few a year and only the Annual report view needs them.
 */
export const narrativesList: ListDefinition<SavedNarrative> = {
  key: 'narratives',
  // Written from the Annual report view by the team (officers and managers).
  access: teamAccess,
  displayName: 'Report narratives',
  description:
    'Feedback Desk: the complaints manager’s narrative for each year’s annual report, by procedure.',
  keyColumn: 'NarrativeKey',
  columns: [
    textColumn('NarrativeKey', {
      unique: true,
      required: true,
      description: 'Financial year and procedure.',
    }),
    textColumn('FinancialYear', { indexed: true, required: true, displayName: 'Financial year' }),
    choiceColumn('Procedure', narrativeProcedureSchema.options, { required: true }),
    ...texts.map(([, column]) => noteColumn(column)),
    noteColumn('Featured', {
      description: 'JSON list of the featured “you said, we did” examples.',
    }),
    noteColumn('OmbudsmanFindings', {
      description: 'JSON list of the Ombudsman’s findings and what the council did.',
    }),
    schemaVersionColumn(),
  ],
  keyOf: narrativeKey,
  toFields: (n) => ({
    Title: narrativeKey(n),
    NarrativeKey: narrativeKey(n),
    FinancialYear: n.year,
    Procedure: n.procedure,
    ...Object.fromEntries(
      texts.map(([field, column]) => [column, (n[field] ?? '') === '' ? null : n[field]]),
    ),
    Featured: writeJson(n.featured),
    OmbudsmanFindings: writeJson(n.ombudsmanFindings),
    SchemaVersion: n.schemaVersion,
  }),
  fromFields: (f) =>
    loadRecord(
      savedNarrativeRecord,
      defined({
        schemaVersion: readNumber(f.SchemaVersion) ?? savedNarrativeRecord.version,
        year: readText(f.FinancialYear),
        procedure: readText(f.Procedure),
        ...Object.fromEntries(texts.map(([field, column]) => [field, readText(f[column])])),
        featured: readJson(f.Featured) ?? [],
        ombudsmanFindings: readJson(f.OmbudsmanFindings) ?? [],
      }),
    ),
};
