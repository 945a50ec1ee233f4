import type { z } from 'zod';
import { loadRecord, type RecordError, type VersionedRecord } from '../../../domain/records';
import { ok, type Result } from '../../../domain/primitives/result';
import { defined } from '../fieldValues';

/**
 * `loadRecord` with a fast reader in front: the fast reader answers for items in the record's
 * current version whose every value it is sure of; anything else (older versions to migrate,
 * bad values to explain) goes through the schema as before. `stored` may hold undefined values
 * (absent columns): the fast reader skips them, and they are dropped before the schema reads.
 *   readRecord(stageRecord, readStageFast, { schemaVersion: 1, caseReference: 'CSC-2025-0001', number: 1, requested: '2025-04-01' })
 *     → { ok: true, value: { …, complex: false, pauses: [] } }
 */
export function readRecord<S extends z.ZodType>(
  record: VersionedRecord<S>,
  fast: (input: Readonly<Record<string, unknown>>) => Record<string, unknown> | undefined,
  stored: Record<string, unknown>,
): Result<z.output<S>, RecordError> {
  const quick = fast(stored);
  return quick === undefined ? loadRecord(record, defined(stored)) : ok(quick as z.output<S>);
}
