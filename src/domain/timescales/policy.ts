import { z } from 'zod';
import { err, ok, type Result } from '../primitives/result';
import { TIMESCALE_EVENTS, type TimescaleEvent, type TimescaleProcedure } from './events';

/**
 * The timescale policy table: every limit the complaints manager can change. Limits are
 * counted from the day the clock starts (day 0); `extendedLimit` is the total allowed once
 * an extension is agreed (children's Stage 1: 10 → 20).
 */
export const timescaleRuleSchema = z
  .object({
    /** Plain-English name for screens and reports, e.g. "Stage 1 response". */
    label: z.string().trim().min(1),
    unit: z.enum(['working_days', 'calendar_months']),
    limit: z.number().int().min(0).max(520),
    extendedLimit: z.number().int().min(0).max(520).optional(),
    /** What starts the clock, e.g. `received` or `stage1_acknowledged`. */
    clockStartsAt: z.string().trim().min(1),
    /** Where the default comes from, e.g. "2006 regs, reg 14". */
    source: z.string().default(''),
  })
  .refine((rule) => rule.extendedLimit === undefined || rule.extendedLimit >= rule.limit, {
    message: 'an extended limit cannot be shorter than the limit',
    path: ['extendedLimit'],
  });
export type TimescaleRule = z.infer<typeof timescaleRuleSchema>;
export type TimescaleUnit = TimescaleRule['unit'];

/** "Time limit for complaining": calendar months from the grounds arising, waivable. */
export const complaintTimeLimitSchema = z.object({
  months: z.number().int().min(1).max(120),
  waivable: z.boolean().default(true),
  source: z.string().default(''),
});
export type ComplaintTimeLimit = z.infer<typeof complaintTimeLimitSchema>;

function rulesOf<P extends TimescaleProcedure>(procedure: P) {
  const shape = Object.fromEntries(
    TIMESCALE_EVENTS[procedure].map((event) => [event, timescaleRuleSchema]),
  ) as Record<TimescaleEvent<P>, typeof timescaleRuleSchema>;
  return z.object(shape).strict();
}

export const timescalePolicySchema = z.object({
  version: z.literal(1),
  rules: z
    .object({
      children_statutory: rulesOf('children_statutory'),
      adults_statutory: rulesOf('adults_statutory'),
      corporate: rulesOf('corporate'),
      mp_enquiry: rulesOf('mp_enquiry'),
      compliment: rulesOf('compliment'),
      comment: rulesOf('comment'),
    })
    .strict(),
  timeLimitsForComplaining: z
    .object({
      children_statutory: complaintTimeLimitSchema,
      adults_statutory: complaintTimeLimitSchema,
    })
    .strict(),
  /** A clock due within this many working days shows as `due_soon`. */
  dueSoonWorkingDays: z.number().int().min(0).max(20).default(2),
  /** A pause longer than this needs both parties' agreement, and is flagged. */
  pauseAgreementMonths: z.number().int().min(1).max(24).default(3),
});
export type TimescalePolicy = z.infer<typeof timescalePolicySchema>;

/** The rule for an event: `ruleFor(policy, 'children_statutory', 'stage1_response').limit` → 10. */
export function ruleFor<P extends TimescaleProcedure>(
  policy: TimescalePolicy,
  procedure: P,
  event: TimescaleEvent<P>,
): TimescaleRule {
  return (policy.rules[procedure] as Record<TimescaleEvent<P>, TimescaleRule>)[event];
}

/** Validates a whole policy table (e.g. one stored in settings). */
export function parseTimescalePolicy(json: unknown): Result<TimescalePolicy> {
  const parsed = timescalePolicySchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return err({
    code: 'invalid_timescale_policy',
    message: `Timescale policy: ${issue?.path.join('.') || 'policy'}: ${issue?.message ?? 'invalid'}`,
  });
}

type Json = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function deepMerge(base: Json, changes: Json): Json {
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const current = merged[key];
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

/**
 * Applies the complaints manager's changes (only what differs, as stored in settings) to a
 * policy, and validates the result: a mistyped event or a negative limit is refused, and
 * the base policy is left as it was.
 * `applyTimescaleOverrides(defaultTimescalePolicy(),
 *   { rules: { children_statutory: { acknowledgement: { limit: 2 } } } })`
 * → ok, with children's acknowledgement 2 working days and everything else unchanged.
 */
export function applyTimescaleOverrides(
  base: TimescalePolicy,
  overrides: unknown,
): Result<TimescalePolicy> {
  if (!isPlainObject(overrides)) {
    return err({
      code: 'invalid_timescale_policy',
      message: 'Timescale changes must be an object',
    });
  }
  return parseTimescalePolicy(deepMerge(base as unknown as Json, overrides));
}
