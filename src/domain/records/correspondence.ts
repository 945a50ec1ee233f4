import { z } from 'zod';
import { caseReferenceSchema, instantSchema } from './fields';
import { defineRecord } from './versioned';

/**
 * An email (or letter, call note) on a case. `internetMessageId` is the idempotency key:
 * saving the same email twice finds the first record instead of writing a second.
 */
export const correspondenceSchema = z.object({
  schemaVersion: z.literal(1),
  caseReference: caseReferenceSchema,
  direction: z.enum(['incoming', 'outgoing']),
  channel: z.enum(['email', 'letter', 'phone', 'meeting', 'other']).default('email'),
  at: instantSchema,
  subject: z.string().max(255).default(''),
  fromName: z.string().max(255).optional(),
  fromAddress: z.string().max(320).optional(),
  internetMessageId: z.string().max(998).optional(),
  conversationId: z.string().max(512).optional(),
  /** Path of the archived `.eml` in the document library. */
  archivePath: z.string().optional(),
  /** Names of the files attached to the email (from its MIME, or as Outlook listed them). */
  attachments: z.array(z.string().max(255)).max(500).optional(),
  note: z.string().max(4000).optional(),
});
export type Correspondence = z.infer<typeof correspondenceSchema>;

export const correspondenceRecord = defineRecord({
  name: 'Correspondence',
  version: 1,
  schema: correspondenceSchema,
  migrations: {},
});
