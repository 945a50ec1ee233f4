import { z } from 'zod';
import { outcomeSchema, pauseReasonSchema, stageNumberSchema } from './codes';
import { caseReferenceSchema, isoDateSchema } from './fields';
import { defineRecord } from './versioned';

/**
 * A pause stops a stage's clock (ADR, waiting for an advocate, a safeguarding enquiry).
 * Imported history may know only the number of working days paused, not the dates.
 */
export const pauseSchema = z
  .object({
    from: isoDateSchema.optional(),
    /** Absent while the pause is still running. */
    to: isoDateSchema.optional(),
    /** Working days paused, when known without dates (imports). */
    workingDays: z.number().int().min(0).optional(),
    reason: pauseReasonSchema,
    note: z.string().max(2000).optional(),
    /** Pauses over three months need both parties' agreement (docs/domain.md, Timescales). */
    agreedByBoth: z.boolean().default(false),
  })
  .refine((p) => p.from !== undefined || p.workingDays !== undefined, {
    message: 'a pause needs a start date or a number of working days',
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    message: 'a pause cannot end before it starts',
  });
export type Pause = z.infer<typeof pauseSchema>;

export const extensionSchema = z.object({
  agreedOn: isoDateSchema,
  reason: z.string().trim().min(1, 'give the reason for the extension'),
});
export type Extension = z.infer<typeof extensionSchema>;

/**
 * What a Stage 2 investigation looked into: how many elements (parts) of the complaint were
 * investigated, and how many of them were upheld or partly upheld (the rest not upheld).
 */
export const stageElementsSchema = z
  .object({
    investigated: z.number().int().min(1, 'at least one element is investigated'),
    upheld: z.number().int().min(0).default(0),
    partlyUpheld: z.number().int().min(0).default(0),
  })
  .refine((e) => e.upheld + e.partlyUpheld <= e.investigated, {
    message: 'more elements upheld or partly upheld than were investigated',
  });
export type StageElements = z.infer<typeof stageElementsSchema>;

/**
 * One stage of a complaint with the events that drive its clock.
 * Stage 1 clock: from `requested` (receipt). Children's Stage 2: from `requested`, or from
 * `started` (statement of complaint agreed) when the policy says so. Corporate responses run
 * from `acknowledged` (the Code).
 */
export const stageSchema = z.object({
  schemaVersion: z.literal(1),
  caseReference: caseReferenceSchema,
  number: stageNumberSchema,
  /** The complaint or escalation request was received. */
  requested: isoDateSchema,
  /** Children's Stage 2: the statement of complaint was agreed. */
  started: isoDateSchema.optional(),
  acknowledged: isoDateSchema.optional(),
  /** The response (Stage 1/2 adjudication, or the council's response to the Stage 3 panel). */
  responded: isoDateSchema.optional(),
  extension: extensionSchema.optional(),
  /**
   * Adults' Stage 1 (2009 regulations): the date by which the council agreed with the
   * complainant to respond (docs/domain.md, Timescales). Absent when none was recorded.
   */
  agreedResponse: isoDateSchema.optional(),
  /** Children's Stage 2 complex case: up to 65 working days. */
  complex: z.boolean().default(false),
  pauses: z.array(pauseSchema).default([]),
  /** Stage 3: the review panel met, and its report was received. */
  panelMet: isoDateSchema.optional(),
  panelReport: isoDateSchema.optional(),
  outcome: outcomeSchema.optional(),
  /** Stage 2: the elements investigated and found (absent when not recorded). */
  elements: stageElementsSchema.optional(),
});
export type Stage = z.infer<typeof stageSchema>;

export const stageRecord = defineRecord({
  name: 'Stage',
  version: 1,
  schema: stageSchema,
  migrations: {},
});
