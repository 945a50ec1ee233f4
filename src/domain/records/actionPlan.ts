import { z } from 'zod';
import { caseReferenceSchema, instantSchema, isoDateSchema, personSchema } from './fields';
import { defineRecord } from './versioned';

/**
 * draft → submitted → signed_off (or returned, then resubmitted) → completed →
 * closed (signed off as complete). Heads of service sign off and return; the
 * history records every transition and is never edited.
 */
export const planStates = [
  'draft',
  'submitted',
  'returned',
  'signed_off',
  'completed',
  'closed',
] as const;
export const planStateSchema = z.enum(planStates);
export type PlanState = z.infer<typeof planStateSchema>;

export const planTransitionSchema = z.object({
  at: instantSchema,
  by: personSchema,
  action: z.enum(['submit', 'return', 'sign_off', 'complete', 'sign_off_complete']),
  from: planStateSchema,
  to: planStateSchema,
  comment: z.string().max(4000).default(''),
});
export type PlanTransition = z.infer<typeof planTransitionSchema>;

export const actionPlanSchema = z.object({
  schemaVersion: z.literal(1),
  /** e.g. `AP-2025-0003` */
  id: z.string().min(1),
  caseReference: caseReferenceSchema,
  title: z.string().trim().min(1, 'give the plan a title'),
  /** Recommendations the plan answers (from the response, Stage 2/3 finding, Ombudsman). */
  recommendations: z.string().max(8000).default(''),
  state: planStateSchema,
  /** The head of service accountable for the plan. */
  headOfService: personSchema.optional(),
  history: z.array(planTransitionSchema).default([]),
  /** A copy was sent to the complainant on this date… */
  sentToComplainant: isoDateSchema.optional(),
  /** …who is due feedback on progress by this date. */
  feedbackDue: isoDateSchema.optional(),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const actionPlanRecord = defineRecord({
  name: 'Action plan',
  version: 1,
  schema: actionPlanSchema,
  migrations: {},
});
