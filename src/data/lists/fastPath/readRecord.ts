import type { z } from 'zod';
import { loadRecord, type RecordError, type VersionedRecord } from '../../../domain/records';
import { ok, type Result } from '../../../domain/primitives/result';
import { defined } from '../fieldValues';
import { fastReaderOf } from './fromSchema';

/**
 * `loadRecord` with a fast reader in front, built from the record's own schema (fromSchema.ts):
 * the fast reader answers for items in the record's current version whose every value it is
 * sure of; anything else (older versions to migrate, bad values to explain) goes through the
 * schema as before. `stored` may hold undefined values (absent columns): the fast reader skips
 * them, and they are dropped before the schema reads.
 *   readRecord(stageRecord, { schemaVersion: 1, caseReference: 'CSC-2025-0001', number: 1, requested: '2025-04-01' })
 *     → { ok: true, value: { …, complex: false, pauses: [] } }
 */
export function readRecord<S extends z.ZodType>(
  record: VersionedRecord<S>,
  stored: Record<string, unknown>,
): Result<z.output<S>, RecordError> {
  const quick = fastReaderOf(record.schema)(stored);
  return quick === undefined ? loadRecord(record, defined(stored)) : ok(quick as z.output<S>);
}
