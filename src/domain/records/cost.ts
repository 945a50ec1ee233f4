import { z } from 'zod';
import { costTypeSchema, demandMeasureSchema, procedureSchema } from './codes';
import { caseReferenceSchema, isoDateSchema } from './fields';
import { defineRecord } from './versioned';

/**
 * Money spent on a complaint: commissioned investigations, panels, mediation, redress. Linked
 * to a case or not; one not linked counts in the procedure recorded on it.
 */
export const costSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  date: isoDateSchema,
  type: costTypeSchema,
  /** Pounds, to the penny. */
  amount: z.number().min(0),
  caseReference: caseReferenceSchema.optional(),
  /** The procedure it belongs to when it is not linked to a case (or its case is not held). */
  procedure: procedureSchema.optional(),
  /** The service it was spent on, as the council names its service areas. */
  serviceArea: z.string().trim().min(1).max(255).optional(),
  note: z.string().max(2000).optional(),
});
export type Cost = z.infer<typeof costSchema>;

export const costRecord = defineRecord({
  name: 'Cost',
  version: 1,
  schema: costSchema,
  migrations: {},
});

/** A financial year written `2024-25`. */
export const financialYearSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'a financial year is written like 2024-25')
  .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)), {
    message: 'the two years of a financial year follow each other, e.g. 2024-25',
  });
export type FinancialYear = z.infer<typeof financialYearSchema>;

/** Demand figures the manager enters for the annual report (share of referrals). */
export const demandFigureSchema = z.object({
  schemaVersion: z.literal(1),
  year: financialYearSchema,
  measure: demandMeasureSchema,
  value: z.number().int().min(0),
});
export type DemandFigure = z.infer<typeof demandFigureSchema>;

export const demandFigureRecord = defineRecord({
  name: 'Demand figure',
  version: 1,
  schema: demandFigureSchema,
  migrations: {},
});
