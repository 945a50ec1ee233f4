import { z } from 'zod';
import { defineRecord } from './versioned';

/**
 * What a head of service decides about an action plan: sign it off, return it for changes, or
 * sign it off as complete. A decision is an item of its own in a list only heads of service
 * can add to (docs/deploy.md, "Who may do what"); who made it and when are SharePoint's own
 * `createdBy` and `createdDateTime`, never fields the page writes.
 */
export const signOffDecisions = ['signed_off', 'returned', 'completed'] as const;
export const signOffDecisionSchema = z.enum(signOffDecisions);
export type SignOffDecision = z.infer<typeof signOffDecisionSchema>;

export const signOffSchema = z.object({
  schemaVersion: z.literal(1),
  /**
   * `AP-2026-0003/2`: the plan and which of its decisions this is (the second). Unique, so two
   * heads of service deciding the same submission at once cannot both land, and a retried save
   * finds the first.
   */
  key: z.string().min(1),
  planId: z.string().trim().min(1),
  decision: signOffDecisionSchema,
  comment: z.string().max(4000).default(''),
});
export type SignOffRecord = z.infer<typeof signOffSchema>;

export const signOffRecord = defineRecord({
  name: 'Sign-off',
  version: 1,
  schema: signOffSchema,
  migrations: {},
});

/** `signOffKey('AP-2026-0003', 2)` → `'AP-2026-0003/2'`. */
export const signOffKey = (planId: string, ordinal: number) => `${planId}/${ordinal}`;
