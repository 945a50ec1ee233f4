import { z } from 'zod';

/**
 * What the complaints manager writes for a year's report of one procedure: the narrative
 * sections, the key messages (drafted from the figures until edited), the "you said, we did"
 * examples to feature and the Ombudsman's findings with what the council did. Text is
 * paragraphs separated by blank lines; an absent or blank field prints the drafted text or a
 * sentence saying it has not been written.
 */
export const reportNarrativeSchema = z.object({
  introduction: z.string().max(20_000).optional(),
  context: z.string().max(20_000).optional(),
  /** One message per line; replaces the drafted key messages when not blank. */
  keyMessages: z.string().max(20_000).optional(),
  learning: z.string().max(20_000).optional(),
  priorities: z.string().max(20_000).optional(),
  /** Corporate: the self-assessment against the Complaint Handling Code. */
  selfAssessment: z.string().max(20_000).optional(),
  /** Corporate: the governing body's response to the report (Code 8.1). */
  governanceResponse: z.string().max(20_000).optional(),
  /** Corporate: the types of complaint the council refused to accept, and why. */
  refusals: z.string().max(20_000).optional(),
  /** The published wording of the featured examples (four to six read well). */
  featured: z
    .array(
      z.object({
        youSaid: z.string().trim().min(1),
        weDid: z.string().trim().min(1),
        /** The completed action it was chosen from (`featuredSource`), so the tab shows it picked. */
        source: z.string().max(4000).optional(),
      }),
    )
    .max(12)
    .default([]),
  /** What the Ombudsman found and what the council did, in the manager's published words. */
  ombudsmanFindings: z
    .array(
      z.object({
        found: z.string().trim().min(1),
        weDid: z.string().trim().min(1),
        /** The Ombudsman's reference of the decision it was written from. */
        source: z.string().max(255).optional(),
      }),
    )
    .max(12)
    .default([]),
});
export type ReportNarrative = z.infer<typeof reportNarrativeSchema>;

/** The narrative fields written as free text (the tab shows one box for each). */
export const narrativeTextKeys = [
  'introduction',
  'context',
  'keyMessages',
  'learning',
  'priorities',
  'selfAssessment',
  'governanceResponse',
  'refusals',
] as const satisfies readonly (keyof ReportNarrative)[];
export type NarrativeTextKey = (typeof narrativeTextKeys)[number];

export const emptyNarrative = (): ReportNarrative => ({ featured: [], ombudsmanFindings: [] });

/** Paragraphs of a narrative text: split on blank lines, trimmed, empty ones left out. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Lines of a narrative text (key messages: one per line), without bullets typed in. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line !== '');
}
