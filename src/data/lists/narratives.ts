import {
  narrativeKey,
  narrativeProcedureSchema,
  savedNarrativeRecord,
  type SavedNarrative,
} from '../../domain/records';
import { textColumn } from './columns';
import { blankAsEmpty, choice, json, note, orElse, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { teamAccess } from './siteRoles';

/** A text of the narrative, in a column of its own (each at most 20,000 characters). */
const narrativeText = (name: string) => blankAsEmpty(note(name));

/**
 * Report narratives: what the complaints manager wrote for one year's annual report of one
 * procedure (docs/reports.md, Narrative). Read when the report is opened, not in the tab's
 * snapshot: a site has a few a year and only the Annual report view needs them.
 */
export const narrativesList: MappedList<SavedNarrative> = mappedList<SavedNarrative>({
  key: 'narratives',
  // Written from the Annual report view by the team (officers and managers).
  access: teamAccess,
  displayName: 'Report narratives',
  description:
    'Feedback Desk: the complaints manager’s narrative for each year’s annual report, by procedure.',
  keyColumn: 'NarrativeKey',
  record: savedNarrativeRecord,
  title: narrativeKey,
  extraColumns: [
    {
      column: textColumn('NarrativeKey', {
        unique: true,
        required: true,
        description: 'Financial year and procedure.',
      }),
      write: narrativeKey,
    },
  ],
  fields: {
    year: text('FinancialYear', { indexed: true, required: true, displayName: 'Financial year' }),
    procedure: choice('Procedure', narrativeProcedureSchema.options, { required: true }),
    introduction: narrativeText('Introduction'),
    context: narrativeText('Context'),
    keyMessages: narrativeText('KeyMessages'),
    learning: narrativeText('Learning'),
    priorities: narrativeText('Priorities'),
    selfAssessment: narrativeText('SelfAssessment'),
    governanceResponse: narrativeText('GovernanceResponse'),
    refusals: narrativeText('Refusals'),
    featured: orElse(
      json<SavedNarrative['featured']>('Featured', {
        description: 'JSON list of the featured “you said, we did” examples.',
      }),
      [],
    ),
    ombudsmanFindings: orElse(
      json<SavedNarrative['ombudsmanFindings']>('OmbudsmanFindings', {
        description: 'JSON list of the Ombudsman’s findings and what the council did.',
      }),
      [],
    ),
    schemaVersion: schemaVersion(savedNarrativeRecord.version),
  },
  keyOf: narrativeKey,
});
