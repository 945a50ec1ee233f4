import { z } from 'zod';
import {
  advocacySchema,
  causeSchema,
  complainantSchema,
  youngPersonAgeBandSchema,
  feedbackTypeSchema,
  learningCategorySchema,
  outcomeSchema,
  procedureSchema,
  receivedViaSchema,
  stageNumberSchema,
  withdrawalReasonSchema,
  type WithdrawalReason,
} from './codes';
import { caseReferenceSchema, instantSchema, isoDateSchema, personSchema } from './fields';
import { notAReference, parseReference } from './reference';
import { defineRecord } from './versioned';

/** What a safeguarding flag on a case records: the referral to the front door (MASH). */
export const safeguardingSchema = z.object({
  flagged: z.boolean(),
  /** Phrases in the email that raised the flag, as the suggestion quoted them. */
  reasons: z.array(z.string()).default([]),
  referredOn: isoDateSchema.optional(),
  referredBy: z.string().optional(),
  note: z.string().max(2000).optional(),
});
export type Safeguarding = z.infer<typeof safeguardingSchema>;

export const complimentDetailsSchema = z.object({
  /** The person or team praised. */
  praised: z.string().trim().min(1, 'say who is praised'),
  /** The manager the compliment is forwarded to. */
  forwardTo: z.string().trim().optional(),
  forwardedOn: isoDateSchema.optional(),
  /** Words cleared for publication in the annual report. */
  quote: z.string().trim().max(1000).optional(),
  quotable: z.boolean().default(false),
});
export type ComplimentDetails = z.infer<typeof complimentDetailsSchema>;

export const mpDetailsSchema = z.object({
  name: z.string().trim().min(1, 'name the MP'),
  constituency: z.string().trim().optional(),
  constituent: z.string().trim().optional(),
});
export type MpDetails = z.infer<typeof mpDetailsSchema>;

/**
 * One piece of feedback: a complaint, compliment, MP enquiry or comment. Stages of a
 * complaint are separate records (see stage.ts) so each stage's clock has its own events.
 */
/** What was found on one part of a complaint. Codes are stored and reported: never renamed. */
export const partFindings = ['upheld', 'partly_upheld', 'not_upheld', 'no_finding'] as const;
export type PartFinding = (typeof partFindings)[number];

/** Councils count complaints with a handful of parts; twenty leaves room and keeps the column small. */
export const MAX_PARTS = 20;

/** One part of a complaint in several parts: the service it is about and what was found. */
export const complaintPartSchema = z.object({
  serviceArea: z.string().trim().min(1, 'give the part’s service area').max(255),
  finding: z.enum(partFindings).optional(),
});
export type ComplaintPart = z.infer<typeof complaintPartSchema>;

export const feedbackCaseSchema = z.object({
  schemaVersion: z.literal(2),
  reference: caseReferenceSchema,
  type: feedbackTypeSchema,
  /** Null for compliments, MP enquiries and comments. */
  procedure: procedureSchema.nullable(),
  status: z.enum(['open', 'closed']),
  /** The stage the case is at now; 0 for early resolution, and for non-complaints. */
  currentStage: stageNumberSchema,
  received: isoDateSchema,
  /** When the email arrived, if the case started from one (clock rules use `received`). */
  receivedAt: instantSchema.optional(),
  /** How it arrived (email, web form, phone…); not recorded on cases saved before it existed. */
  receivedVia: receivedViaSchema.optional(),
  summary: z.string().max(4000).default(''),
  complainant: complainantSchema.default('not_recorded'),
  serviceArea: z.string().trim().optional(),
  causes: z.array(causeSchema).default([]),
  owner: personSchema.optional(),
  earlyResolution: z.boolean().default(false),
  outcome: outcomeSchema.optional(),
  /** Date the case was resolved / closed. */
  closed: isoDateSchema.optional(),
  /** Acknowledgement and response dates for compliments, MP enquiries and comments. */
  acknowledged: isoDateSchema.optional(),
  responded: isoDateSchema.optional(),
  learning: z.array(learningCategorySchema).default([]),
  /** Adults' complaints handled jointly with the NHS. */
  jointWithNhs: z.boolean().default(false),
  /** The complaint was made outside the time limit and the limit was waived. */
  timeLimitWaived: z.boolean().default(false),
  /**
   * The complaints manager moved the complaint on to its next stage because the response was
   * late (the Code's escalation after delay), not because the complainant asked.
   */
  escalatedForDelay: z.boolean().optional(),
  /**
   * Referred to the Ombudsman straight after the Stage 2 response, without a Stage 3 review
   * panel (children's procedure: the complainant and the council agreed to go early).
   */
  earlyOmbudsmanReferral: z.boolean().optional(),
  /** The child or young person the complaint is from or about is looked after by the council. */
  lookedAfterChild: z.boolean().optional(),
  /** Their age band, when the complaint is from or about a child or young person. */
  youngPersonAge: youngPersonAgeBandSchema.optional(),
  /** Whether an advocate was offered to the child or young person, and taken up. */
  advocacy: advocacySchema.optional(),
  /**
   * Reasonable adjustments agreed with the complainant (Complaint Handling Code 5.6: a large-print
   * letter, calls instead of emails, an advocate at meetings), and when they are next reviewed.
   */
  adjustments: z.string().trim().max(2000).optional(),
  adjustmentsReviewOn: isoDateSchema.optional(),
  /**
   * Kept whatever the retention period says: a legal hold (e.g. records of child protection
   * while a public inquiry's instruction not to destroy stands). Retention review leaves it out.
   */
  legalHold: z.boolean().optional(),
  /** Where, for geography: the outward part of a postcode (`LS6`), never the full postcode. */
  postcodeDistrict: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}[0-9][0-9A-Z]?$/, 'give the first half of a postcode only, e.g. LS6')
    .optional(),
  /** The council ward, as the council names it. */
  ward: z.string().trim().max(100).optional(),
  /**
   * A complaint about more than one thing: each part with the service it is about and, once
   * answered, what was found on it. Absent for a complaint in one part (its service area and
   * outcome say it all). Codes and the council's service names only: no free text.
   */
  parts: z
    .array(complaintPartSchema)
    .min(2, 'a complaint in parts has two parts or more')
    .max(MAX_PARTS, `at most ${MAX_PARTS} parts`)
    .optional(),
  safeguarding: safeguardingSchema.optional(),
  compliment: complimentDetailsSchema.optional(),
  mp: mpDetailsSchema.optional(),
  /** Why the case was closed without a response, when it was (src/services/withdrawCase.ts). */
  withdrawnAs: withdrawalReasonSchema.optional(),
  /** The case a duplicate duplicates (withdrawn as `duplicate`): where its matter is counted. */
  duplicateOf: caseReferenceSchema.optional(),
  /** The email conversation the case started from, to attach follow-ups. */
  conversationId: z.string().optional(),
});
export type FeedbackCase = z.infer<typeof feedbackCaseSchema>;

/**
 * Whether a case is counted in the figures (the Overview, the annual reports): every case but
 * one closed as a duplicate (a second record of a complaint, compliment or enquiry already
 * counted) or as saved in error (never feedback at all). A complaint the complainant took back
 * was still received, so it counts.
 */
export const countsInFigures = (c: Pick<FeedbackCase, 'withdrawnAs'>): boolean =>
  c.withdrawnAs !== 'duplicate' && c.withdrawnAs !== 'saved_in_error';

/**
 * Why a case cannot be withdrawn as asked, or undefined when it can: an open case only, and a
 * duplicate names the other case (itself excepted), which only a duplicate does. Whether that
 * case exists is the store's to check.
 *   whyNotWithdraw(openCase, { reason: 'duplicate' }) → 'Say which case it duplicates.'
 */
export function whyNotWithdraw(
  c: Pick<FeedbackCase, 'reference' | 'status'>,
  withdrawal: { readonly reason: WithdrawalReason; readonly duplicateOf?: string | undefined },
): string | undefined {
  if (c.status !== 'open') return `Case ${c.reference} is already closed.`;
  const other = withdrawal.duplicateOf?.trim();
  if (withdrawal.reason !== 'duplicate')
    return other ? 'Only a duplicate names another case.' : undefined;
  if (!other) return 'Say which case it duplicates.';
  if (!parseReference(other)) return notAReference(other);
  if (other === c.reference) return 'A case cannot be a duplicate of itself.';
  return undefined;
}

/**
 * v1 stored one cause as `cause` (string); v2 stores several as `causes`.
 */
export const feedbackCaseRecord = defineRecord({
  name: 'Case',
  version: 2,
  schema: feedbackCaseSchema,
  migrations: {
    1: ({ cause, ...rest }) => ({
      ...rest,
      causes: typeof cause === 'string' && cause !== '' ? [cause] : [],
    }),
  },
});
