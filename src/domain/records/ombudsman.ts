import { z } from 'zod';
import { ombudsmanDecisionSchema, remedyTypeSchema } from './codes';
import { caseReferenceSchema, isoDateSchema } from './fields';
import { defineRecord } from './versioned';

/** A Local Government and Social Care Ombudsman case about one of our cases. */
export const ombudsmanCaseSchema = z.object({
  schemaVersion: z.literal(1),
  /** The Ombudsman's own reference. */
  reference: z.string().trim().min(1),
  caseReference: caseReferenceSchema.optional(),
  received: isoDateSchema,
  decided: isoDateSchema.optional(),
  decision: ombudsmanDecisionSchema.optional(),
  /** Fault causing injustice (for upheld decisions). */
  injustice: z.boolean().optional(),
  /** Payment remedy in pounds. */
  remedyAmount: z.number().min(0).default(0),
  remedyTypes: z.array(remedyTypeSchema).default([]),
  complianceDue: isoDateSchema.optional(),
  complied: isoDateSchema.optional(),
});
export type OmbudsmanCase = z.infer<typeof ombudsmanCaseSchema>;

export const ombudsmanCaseRecord = defineRecord({
  name: 'Ombudsman case',
  version: 1,
  schema: ombudsmanCaseSchema,
  migrations: {},
});
