import { z } from 'zod';
import { procedureSchema } from './codes';
import { caseReferenceSchema, isoDateSchema } from './fields';
import { defineRecord } from './versioned';

/**
 * Why a complaint was not accepted, as the Ombudsman's Complaint Handling Code lets a council
 * refuse one (docs/domain.md, Refusals). Codes are stored and reported: never renamed.
 */
export const refusalReasons = [
  'outside_time_limit',
  'handled_elsewhere',
  'service_request',
  'unreasonable',
  'other',
] as const;
export const refusalReasonSchema = z.enum(refusalReasons);
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

/** The reasons as the form offers them and the report counts them. */
export const refusalReasonLabels: Record<RefusalReason, string> = {
  outside_time_limit: 'Outside the time limit',
  handled_elsewhere: 'Already decided or being handled elsewhere (e.g. a tribunal or court)',
  service_request: 'Not a complaint (a service request)',
  unreasonable: 'Persistent or unreasonable',
  other: 'Other reason',
};

/**
 * A complaint the council refused to take into its procedure, kept so the refusals can be
 * counted by reason and shown to have told the person of their right to go to the Ombudsman
 * (Code 2.2, 2.4). Nothing about the person: a refusal linked to a case finds them through the
 * case; one not linked counts in the procedure recorded on it, as a cost does.
 */
export const refusalSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** `REF-2025-0007`: the year it was refused and a number. */
    id: z.string().trim().min(1),
    received: isoDateSchema,
    refused: isoDateSchema,
    caseReference: caseReferenceSchema.optional(),
    /** The procedure it counts in when it is not linked to a case (or its case is not held). */
    procedure: procedureSchema.optional(),
    /** The service complained about, as the council names its service areas. */
    serviceArea: z.string().trim().min(1).max(255).optional(),
    reason: refusalReasonSchema,
    /** What the other reason was: required with `other`, and only with it. */
    reasonOther: z.string().trim().min(1).max(255).optional(),
    /** The refusal told them they may go to the Ombudsman (or their other right of challenge). */
    signposted: z.boolean(),
  })
  .refine((r) => r.refused >= r.received, {
    message: 'a complaint cannot be refused before it was received',
    path: ['refused'],
  })
  .refine((r) => (r.reason === 'other') === (r.reasonOther !== undefined), {
    message: 'the other reason is given with "other", and only with it',
    path: ['reasonOther'],
  });
export type Refusal = z.infer<typeof refusalSchema>;

export const refusalRecord = defineRecord({
  name: 'Refusal',
  version: 1,
  schema: refusalSchema,
  migrations: {},
});
