/**
 * Learning from officers (issue 15, docs/domain.md "Safeguarding at triage: recall first"): an
 * officer raises a safeguarding concern by hand, dismisses a flag with a reason, or sets an
 * email aside as not feedback. Each decision is kept as derived features only — never the
 * email's words — and moves the next suggestion for similar mail, with a bounded share of say.
 *
 * Recall first: with the share of say at most one half, officers' dismissals can lower a
 * rule's flag (it says so, and by how much) but never silence it; a missed concern is the
 * worst error the product can make. Officers' raises can lift similar mail to a flag.
 */
import { formatShare } from '../format';
import type { ConcernKind } from './concerns';

export const OFFICER_DECISIONS = ['raised', 'dismissed', 'not_feedback'] as const;
export type OfficerDecision = (typeof OFFICER_DECISIONS)[number];

/** Why a safeguarding flag was dismissed: a short list and "other". */
export const DISMISS_REASONS = [
  'figure_of_speech',
  'past_matter_dealt_with',
  'policy_or_training',
  'about_a_document_or_report',
  'already_referred',
  'other',
] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/** Why an email is not feedback at all. */
export const NOT_FEEDBACK_REASONS = [
  'auto_reply',
  'spam',
  'misdirected',
  'newsletter',
  'duplicate',
  'other',
] as const;
export type NotFeedbackReason = (typeof NOT_FEEDBACK_REASONS)[number];

/** The reason a hand-raised concern carries (the officer saw a risk the rules did not). */
export const RAISE_REASONS = ['seen_by_officer'] as const;

export const DECISION_REASONS = [
  ...new Set([...DISMISS_REASONS, ...NOT_FEEDBACK_REASONS, ...RAISE_REASONS]),
] as const;
export type DecisionReason = DismissReason | NotFeedbackReason | (typeof RAISE_REASONS)[number];

export const REASON_NAMES: Record<DecisionReason, string> = {
  figure_of_speech: 'a figure of speech',
  past_matter_dealt_with: 'a past matter already dealt with',
  policy_or_training: 'about policy or training',
  about_a_document_or_report: 'about a document or report, not a person',
  already_referred: 'already referred',
  other: 'another reason',
  auto_reply: 'an auto-reply',
  spam: 'spam',
  misdirected: 'sent to the wrong council or team',
  newsletter: 'a newsletter or mailing',
  duplicate: 'a duplicate',
  seen_by_officer: 'seen by an officer',
};

/**
 * The most officers' decisions may weigh against the rules. One half: a rule flag can be
 * lowered to half but stays a flag (recall first); a raise on identical mail reaches a flag.
 */
export const OFFICER_SHARE = 0.5;

/** How alike two emails' features must be for a decision on one to count for the other. */
export const SIMILAR_AT = 0.5;

/** Feature buckets: few enough that every bucket holds many words, so no word can be read back. */
const BUCKETS = 4096;
/** At most this many buckets are kept for an email. */
const MAX_FEATURES = 160;

/** Words that say nothing about what an email is (greetings, function words). */
const STOP = new Set(
  (
    'the and for are but not you your yours with this that have has had was were will would ' +
    'could should can from they them their there here what when where which who whom why how ' +
    'all any been being into onto out our ours his her hers him she its it’s just about also ' +
    'dear regards thanks thank kind many best sincerely please very more most some such than ' +
    'then too only own same both each few other off over under again once does did doing ' +
    'let get got him himself herself myself yourself ourselves themselves'
  ).split(' '),
);

/** FNV-1a over the word: a small, stable hash that runs the same in Node and the browser. */
function bucketOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % BUCKETS;
}

/**
 * What is kept of an email for learning: the buckets of its ordinary words (lower case in the
 * email, letters only, three or more, not stop words: names, places, numbers, addresses and
 * references never count), and the kinds of concern the rules saw (`k:physical`). Sorted,
 * each once, as short codes (`b1f3`):
 *   emailFeatures('Out of office until Monday', []) → ['b…', 'b…'] ("office", "until")
 */
export function emailFeatures(text: string, kinds: readonly ConcernKind[] = []): string[] {
  const buckets = new Set<number>();
  // Words of letters (with inner apostrophes), read in one linear pass.
  for (const match of text
    .slice(0, 20_000)
    .matchAll(/[a-zA-Z\u00c0-\u024f][a-zA-Z\u00c0-\u024f'’]*/g)) {
    const word = match[0];
    // A capital first letter is a name, a place or a sentence start: left out.
    if (word[0] !== word[0]!.toLowerCase()) continue;
    if (word.length < 3 || STOP.has(word)) continue;
    buckets.add(bucketOf(word));
    if (buckets.size >= MAX_FEATURES) break;
  }
  return [
    ...[...buckets].sort((a, b) => a - b).map((b) => `b${b.toString(16)}`),
    ...[...new Set(kinds)].map((k) => `k:${k}`),
  ];
}

/**
 * How alike two emails' features are, 0..1 (the cosine of the two sets):
 *   featureSimilarity(['b1', 'b2'], ['b1', 'b2']) → 1; featureSimilarity(['b1'], ['b2']) → 0
 */
export function featureSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inA = new Set(a);
  let shared = 0;
  for (const f of new Set(b)) if (inA.has(f)) shared += 1;
  return shared / Math.sqrt(inA.size * new Set(b).size);
}

/** One officer's decision as the pane reads it back (who and when are SharePoint's stamps). */
export interface OfficerFeedback {
  readonly decision: OfficerDecision;
  readonly reason: DecisionReason;
  readonly features: readonly string[];
  /** The email's fingerprint (a hash of its message id), for a decision on this very email. */
  readonly emailKey: string;
  readonly by?: string;
  readonly at?: string;
}

/** How the pane shows safeguarding for an email once officers' decisions are weighed in. */
export type FlagLevel = 'flag' | 'check' | 'none';

export interface CombinedFlag {
  readonly level: FlagLevel;
  /** 0..1: the rules' say (1 flagged, 0 not) blended with officers' decisions on similar mail. */
  readonly score: number;
  /** Why the level differs from the rules alone, in words an officer reads. */
  readonly notes: readonly string[];
  /** A decision on this very email, which the pane follows as it stands. */
  readonly here?: OfficerFeedback;
  /** Similar mail officers set aside as not feedback, with the commonest reason. */
  readonly notFeedbackLike?: DecisionReason;
}

const plural = (n: number, one: string) => `${n} similar ${one}${n === 1 ? '' : 's'}`;

/**
 * Combines the rules' flag with officers' decisions on similar mail:
 * `score = (1 − w) × rules + w × officers`, where `officers` is the similarity-weighted share
 * of raises among the safeguarding decisions on mail at least `SIMILAR_AT` alike, and `w` is
 * `share` (capped at `OFFICER_SHARE`) when there is any such decision, else 0. A score of one
 * half or more is a flag, a quarter or more a prompt to check, less nothing. A decision on
 * this very email (same `emailKey`) stands as the officer made it.
 *
 *   combineFlag(false, f, [{ decision: 'raised', features: f, … }]) → { level: 'flag', score: 0.5 }
 *   combineFlag(true, f, [{ decision: 'dismissed', features: f, … }]) → { level: 'flag', score: 0.5, notes: ['Officers dismissed 1 similar flag…'] }
 */
export function combineFlag(
  rules: boolean,
  email: { readonly features: readonly string[]; readonly emailKey?: string },
  feedback: readonly OfficerFeedback[],
  share: number = OFFICER_SHARE,
): CombinedFlag {
  const r = rules ? 1 : 0;
  const here = email.emailKey ? feedback.findLast((f) => f.emailKey === email.emailKey) : undefined;
  if (here) {
    const level: FlagLevel =
      here.decision === 'raised' ? 'flag' : here.decision === 'dismissed' ? 'none' : 'none';
    return { level, score: here.decision === 'raised' ? 1 : 0, notes: [], here };
  }
  let raisedWeight = 0;
  let totalWeight = 0;
  let raised = 0;
  let dismissed = 0;
  const dismissReasons = new Map<DecisionReason, number>();
  const asideReasons = new Map<DecisionReason, number>();
  for (const f of feedback) {
    const sim = featureSimilarity(email.features, f.features);
    if (sim < SIMILAR_AT) continue;
    if (f.decision === 'not_feedback') {
      asideReasons.set(f.reason, (asideReasons.get(f.reason) ?? 0) + sim);
      continue;
    }
    totalWeight += sim;
    if (f.decision === 'raised') {
      raisedWeight += sim;
      raised += 1;
    } else {
      dismissed += 1;
      dismissReasons.set(f.reason, (dismissReasons.get(f.reason) ?? 0) + sim);
    }
  }
  const w = totalWeight > 0 ? Math.min(Math.max(share, 0), OFFICER_SHARE) : 0;
  const officers = totalWeight > 0 ? raisedWeight / totalWeight : 0;
  const score = (1 - w) * r + w * officers;
  const level: FlagLevel = score >= 0.5 ? 'flag' : score >= 0.25 ? 'check' : 'none';
  const notes: string[] = [];
  const commonest = (m: Map<DecisionReason, number>) =>
    [...m].reduce<[DecisionReason, number] | undefined>(
      (best, e) => (!best || e[1] > best[1] ? e : best),
      undefined,
    )?.[0];
  if (raised > 0)
    notes.push(
      `Officers raised a safeguarding concern by hand on ${plural(raised, 'email')}${
        r ? '' : ' (the rules saw none here)'
      }.`,
    );
  if (dismissed > 0) {
    const reason = commonest(dismissReasons)!;
    notes.push(
      `Officers dismissed ${plural(dismissed, 'flag')} (most often: ${REASON_NAMES[reason]}), so this one is lowered to ${formatShare(score)}. Check the quoted words before you set it aside.`,
    );
  }
  const aside = commonest(asideReasons);
  return { level, score, notes, ...(aside ? { notFeedbackLike: aside } : {}) };
}
