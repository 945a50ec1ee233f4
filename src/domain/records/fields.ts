import { z } from 'zod';
import { isIsoDate, type CaseReference, type IsoDate } from '../primitives/brand';

/** A `YYYY-MM-DD` calendar date, checked for real days (no 30 February). */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' })
  .transform((value) => value as IsoDate);

/** An ISO 8601 instant such as `2025-04-05T23:47:00Z`. */
export const instantSchema = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 date and time',
});

/** `CSC-2025-0042`, `ASC-…`, `CORP-…`, `MP-…`, `COMP-…`, `CMT-…`, or an imported reference. */
export const caseReferenceSchema = z
  .string()
  .trim()
  .min(1, 'a reference is required')
  .max(64, 'a reference is at most 64 characters')
  .transform((value) => value as CaseReference);

/** A person as the app records them: a display name and, when known, their sign-in name. */
export const personSchema = z.object({
  name: z.string().trim().min(1),
  upn: z.string().trim().min(1).optional(),
});
export type Person = z.infer<typeof personSchema>;
