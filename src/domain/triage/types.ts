/**
 * The shapes triage works with: an email in, a suggestion out (docs/contracts.md, Emails in and suggestions out).
 * Everything here is plain data, so a suggestion can be sent to the pane, printed by the
 * CLI or stored next to the officer's confirmed label without conversion.
 */

import type { ConcernKind } from './concerns';

export const FEEDBACK_TYPES = ['complaint', 'compliment', 'mp_enquiry', 'other'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

export const OTHER_KINDS = [
  'service_request',
  'foi_request',
  'ombudsman',
  'auto_reply',
  'newsletter',
  'internal',
  'councillor_enquiry',
] as const;
export type OtherKind = (typeof OTHER_KINDS)[number];

export const PROCEDURES = ['children_statutory', 'adults_statutory', 'corporate'] as const;
export type Procedure = (typeof PROCEDURES)[number];

export type Stage = 1 | 2 | 3;

/** An email as triage sees it. `receivedAt` is ISO 8601; `to` may be absent. */
export interface TriageEmail {
  readonly subject: string;
  readonly from: { readonly name?: string | undefined; readonly address: string };
  readonly to?: string | readonly string[] | undefined;
  readonly body: string;
  readonly receivedAt: string;
}

export interface MpDetails {
  readonly name: string;
  readonly constituency?: string;
}

/** What triage suggests to the officer; every field is a suggestion, never a decision. */
export interface TriageSuggestion {
  readonly type: FeedbackType;
  /** 0..1: how sure the suggestion is of `type`. */
  readonly confidence: number;
  /** Why, in words an officer can check against the email. */
  readonly reasons: readonly string[];
  readonly safeguarding: boolean;
  /** The phrases that raised the flag, quoted, each with what it suggests. */
  readonly safeguardingReasons: readonly string[];
  /** The kinds of concern the flag names (concerns.ts), most evident first. */
  readonly safeguardingKinds: readonly ConcernKind[];
  /** The sender's own words that raised the flag, as written. */
  readonly safeguardingQuotes: readonly string[];
  readonly procedure: Procedure | null;
  readonly stage: Stage | null;
  /** Earlier references quoted in the email, e.g. `CSC-2025-0147`. */
  readonly references: readonly string[];
  readonly mp?: MpDetails;
  readonly otherKind?: OtherKind;
}
