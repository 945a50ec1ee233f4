import { z } from 'zod';
import {
  actionKindSchema,
  actionStatusSchema,
  learningCategorySchema,
  type ActionStatus,
} from './codes';
import { caseReferenceSchema, isoDateSchema } from './fields';
import { defineRecord } from './versioned';

/** A learning action: one thing the council will do because of a complaint. */
export const learningActionSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** Stable id, e.g. `ACT-2025-0007`. */
    id: z.string().min(1),
    caseReference: caseReferenceSchema,
    /** The plan it belongs to, if any. */
    planId: z.string().optional(),
    action: z.string().trim().min(1, 'describe the action'),
    owner: z.string().trim().min(1, 'name the owner'),
    due: isoDateSchema,
    status: actionStatusSchema,
    completed: isoDateSchema.optional(),
    /** What shows it was done: a training date and aims, a changed policy… */
    evidence: z.string().max(4000).optional(),
    kind: actionKindSchema.default('other'),
    learning: z.array(learningCategorySchema).default([]),
  })
  .refine((a) => a.status !== 'done' || (a.completed !== undefined && (a.evidence ?? '') !== ''), {
    message: 'a done action needs its completion date and evidence',
    path: ['evidence'],
  });
export type LearningAction = z.infer<typeof learningActionSchema>;

/** Still to be done: open or in progress (not done, not cancelled). */
export const isOutstanding = (status: ActionStatus): status is 'open' | 'in_progress' =>
  status === 'open' || status === 'in_progress';

/** Outstanding past its deadline: due yesterday is overdue, due today is not. */
export const isOverdue = (a: Pick<LearningAction, 'status' | 'due'>, today: string): boolean =>
  isOutstanding(a.status) && a.due < today;

export const learningActionRecord = defineRecord({
  name: 'Action',
  version: 1,
  schema: learningActionSchema,
  migrations: {},
});
