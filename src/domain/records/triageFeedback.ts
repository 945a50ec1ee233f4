import { z } from 'zod';
import { CONCERN_KINDS } from '../triage/concerns';
import { DECISION_REASONS, OFFICER_DECISIONS } from '../triage/officerFeedback';
import { defineRecord } from './versioned';

/**
 * One officer's decision at triage (src/domain/triage/officerFeedback.ts): a concern raised
 * by hand, a flag dismissed, or an email set aside as not feedback. Nothing of the email is
 * kept but derived features (word buckets shared by many words, the kinds of concern the rules
 * saw) and its fingerprint; who decided and when are SharePoint's own stamps.
 */
export const triageFeedbackSchema = z.object({
  schemaVersion: z.literal(1),
  /** `TF-` + the email's fingerprint + the decision's time: unique, so a retried save lands once. */
  id: z.string().min(1).max(255),
  decision: z.enum(OFFICER_DECISIONS),
  reason: z.enum(DECISION_REASONS),
  /** `b1f3` word buckets and `k:physical` concern kinds (emailFeatures). */
  features: z
    .array(z.string().regex(/^(?:b[0-9a-f]{1,3}|k:[a-z_]+)$/))
    .max(200)
    .default([]),
  /** The kinds of concern the rules saw in the email, when they flagged it. */
  concernKinds: z.array(z.enum(CONCERN_KINDS)).default([]),
  /** `m:` + SHA-256 of the email's message id (never the id itself). */
  emailKey: z.string().regex(/^m:[0-9a-f]{64}$/),
});
export type TriageFeedbackRecord = z.infer<typeof triageFeedbackSchema>;

export const triageFeedbackRecord = defineRecord({
  name: 'Triage feedback',
  version: 1,
  schema: triageFeedbackSchema,
  migrations: {},
});
