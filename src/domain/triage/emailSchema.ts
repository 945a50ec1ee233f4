import { z } from 'zod';
import { FEEDBACK_TYPES, OTHER_KINDS, PROCEDURES } from './types';

/**
 * One email as it arrives on a line of JSON (docs/contracts.md, Emails in and suggestions out): untrusted until parsed.
 * Unknown keys are ignored. `name` and `to` may be missing; everything else is required.
 */
export const emailInputSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  from: z.object({
    name: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    address: z.string().min(1, 'from.address is empty'),
  }),
  to: z
    .union([z.string(), z.array(z.string())])
    .nullish()
    .transform((v) => v ?? undefined),
  subject: z.string(),
  receivedAt: z.string().min(1, 'receivedAt is empty'),
  body: z.string(),
});

export type EmailInput = z.infer<typeof emailInputSchema>;

/** A corpus line: an email plus its hand label (docs/contracts.md, Labelled email files). */
export const labelledEmailSchema = emailInputSchema.extend({
  label: z.enum(FEEDBACK_TYPES),
  otherKind: z.enum(OTHER_KINDS).nullish(),
  safeguarding: z.boolean(),
  procedure: z.enum(PROCEDURES).nullable(),
  stage: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  /** The kind of safeguarding concern (concerns.ts), for sets that name it. */
  concern: z.string().nullish(),
  /** Who is writing (a child in their own words, a parent, a professional…), where labelled. */
  voice: z.string().nullish(),
});

export type LabelledCorpusEmail = z.infer<typeof labelledEmailSchema>;

/** zod's first complaint as one plain line: `from.address: Required`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid email';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
