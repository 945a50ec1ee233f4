import { z } from 'zod';
import { reportNarrativeSchema, type ReportNarrative } from '../reporting/document/narrative';
import { financialYearSchema } from './cost';
import { procedures } from './codes';
import { defineRecord } from './versioned';

/** The reports a narrative is written for: each procedure's, and the one for all feedback. */
export const narrativeProcedureSchema = z.enum([...procedures, 'all']);

/**
 * What the complaints manager wrote for one year's report of one procedure (docs/reports.md,
 * Narrative), as saved to the site so the tab and `feedback-desk report` print the same text.
 */
export const savedNarrativeSchema = reportNarrativeSchema.extend({
  schemaVersion: z.literal(1),
  year: financialYearSchema,
  procedure: narrativeProcedureSchema,
});
export type SavedNarrative = z.infer<typeof savedNarrativeSchema>;

export const savedNarrativeRecord = defineRecord({
  name: 'Report narrative',
  version: 1,
  schema: savedNarrativeSchema,
  migrations: {},
});

/** `narrativeKey({ year: '2024-25', procedure: 'corporate' })` → `2024-25#corporate` */
export const narrativeKey = (n: Pick<SavedNarrative, 'year' | 'procedure'>): string =>
  `${n.year}#${n.procedure}`;

/** The narrative as the report prints it, without where it is filed. */
export function narrativeOf(saved: SavedNarrative): ReportNarrative {
  const { schemaVersion: _version, year: _year, procedure: _procedure, ...narrative } = saved;
  return narrative;
}
