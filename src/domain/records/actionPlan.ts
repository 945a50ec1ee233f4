import { z } from 'zod';
import { caseReferenceSchema, isoDateSchema, personSchema } from './fields';
import { defineRecord } from './versioned';

/**
 * draft → submitted → signed_off (or returned, then resubmitted) → completed →
 * closed (signed off as complete). Heads of service sign off and return, each decision a
 * sign-off item SharePoint stamps (`signOff.ts`); the state the tab shows is derived from those
 * (`domain/plans/planState.ts`), never read from the plan's own fields.
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

export const planActions = [
  'submit',
  'return',
  'sign_off',
  'complete',
  'sign_off_complete',
] as const;
export type PlanAction = (typeof planActions)[number];

export const actionPlanSchema = z.object({
  schemaVersion: z.literal(2),
  /** e.g. `AP-2025-0003` */
  id: z.string().min(1),
  caseReference: caseReferenceSchema,
  title: z.string().trim().min(1, 'give the plan a title'),
  /** Recommendations the plan answers (from the response, Stage 2/3 finding, Ombudsman). */
  recommendations: z.string().max(8000).default(''),
  /**
   * The last step the plan's editors recorded on the plan itself (submit, mark complete).
   * Anyone who may edit the plan can write any value here, so it is only a claim: the state
   * shown is `planStatus(plan, signOffs).state`, which takes from it only an editor's step.
   */
  state: planStateSchema,
  /** How many sign-offs of this plan there were when the editors recorded `state`. */
  signOffsSeen: z.number().int().min(0).default(0),
  /** The head of service accountable for the plan. */
  headOfService: personSchema.optional(),
  /** A copy was sent to the complainant on this date… */
  sentToComplainant: isoDateSchema.optional(),
  /** …who is due feedback on progress by this date. */
  feedbackDue: isoDateSchema.optional(),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const actionPlanRecord = defineRecord({
  name: 'Action plan',
  version: 2,
  schema: actionPlanSchema,
  migrations: {
    // Version 1 kept its sign-off history as JSON the page wrote: anyone who could edit the
    // plan could rewrite it, so it is dropped, not trusted. Sign-offs are items of their own.
    1: ({ history: _history, ...old }) => ({ ...old, schemaVersion: 2, signOffsSeen: 0 }),
  },
});
