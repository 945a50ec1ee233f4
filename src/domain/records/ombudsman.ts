import { z } from 'zod';
import { ombudsmanDecisionSchema, procedureSchema, remedyTypeSchema } from './codes';
import { caseReferenceSchema, isoDateSchema } from './fields';
import { defineRecord } from './versioned';

/**
 * A Local Government and Social Care Ombudsman case about the council: about one of our cases
 * (`caseReference`), or not linked to one (a complaint that came to the Ombudsman first, or one
 * recorded before the product). A linked case counts in its case's procedure's report; one not
 * linked counts in the procedure recorded on it (docs/reports.md, Ombudsman).
 */
export const ombudsmanCaseSchema = z.object({
  schemaVersion: z.literal(1),
  /** The Ombudsman's own reference. */
  reference: z.string().trim().min(1),
  caseReference: caseReferenceSchema.optional(),
  /** The procedure it belongs to when it is not linked to a case (or its case is not held). */
  procedure: procedureSchema.optional(),
  /** The service complained about, as the council names its service areas. */
  serviceArea: z.string().trim().min(1).max(255).optional(),
  received: isoDateSchema,
  decided: isoDateSchema.optional(),
  decision: ombudsmanDecisionSchema.optional(),
  /** Fault causing injustice (for upheld decisions). */
  injustice: z.boolean().optional(),
  /**
   * The Ombudsman issued its decision as a public report (Local Government Act 1974, ss. 30–31): the
   * council must publicise it and consider it formally, so committees are told of each one.
   */
  publicReport: z.boolean().optional(),
  /** Payment remedy in pounds. */
  remedyAmount: z.number().min(0).default(0),
  remedyTypes: z.array(remedyTypeSchema).default([]),
  complianceDue: isoDateSchema.optional(),
  complied: isoDateSchema.optional(),
  /**
   * What the Ombudsman found the council had not done as the Complaint Handling Code requires
   * (e.g. "Did not acknowledge the complaint within 5 working days"), in short; absent when it
   * made no such finding. The corporate report lists these (Code 8.1).
   */
  codeNonCompliance: z.string().trim().min(1).max(1000).optional(),
});
export type OmbudsmanCase = z.infer<typeof ombudsmanCaseSchema>;

export const ombudsmanCaseRecord = defineRecord({
  name: 'Ombudsman case',
  version: 1,
  schema: ombudsmanCaseSchema,
  migrations: {},
});
