import type { z } from 'zod';
import { err, ok, type Result } from '../primitives/result';

/**
 * A stored record carries `schemaVersion`. Items written by an older version of the app are
 * migrated forward one version at a time before validation, so list columns can change
 * without breaking what is already in SharePoint (docs/architecture.md, Conventions).
 */
export interface VersionedRecord<S extends z.ZodType> {
  readonly name: string;
  readonly version: number;
  readonly schema: S;
  /** `migrations[n]` turns a version-n object into a version-(n+1) object. */
  readonly migrations: Readonly<
    Record<number, (old: Record<string, unknown>) => Record<string, unknown>>
  >;
}

export interface RecordError {
  readonly code: 'invalid_record' | 'newer_version';
  readonly message: string;
  readonly issues: readonly { path: string; message: string }[];
}

export function defineRecord<S extends z.ZodType>(
  definition: VersionedRecord<S>,
): VersionedRecord<S> {
  return definition;
}

/**
 * Reads an unknown stored object as the current version of a record.
 * `loadRecord(caseRecord, { schemaVersion: 1, cause: 'delay', … })` → `{ ok: true, value: { causes: ['delay'], … } }`
 */
export function loadRecord<S extends z.ZodType>(
  record: VersionedRecord<S>,
  stored: unknown,
): Result<z.output<S>, RecordError> {
  if (typeof stored !== 'object' || stored === null) {
    return err({ code: 'invalid_record', message: `${record.name}: not an object`, issues: [] });
  }
  let current = { ...(stored as Record<string, unknown>) };
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 1;
  if (version > record.version) {
    return err({
      code: 'newer_version',
      message: `${record.name} was saved by a newer version of Feedback Desk (v${version}); update the app`,
      issues: [],
    });
  }
  while (version < record.version) {
    const migrate = record.migrations[version];
    if (migrate) current = migrate(current);
    version += 1;
  }
  const parsed = record.schema.safeParse({ ...current, schemaVersion: record.version });
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  return err({
    code: 'invalid_record',
    message: `${record.name}: ${issues.map((i) => (i.path ? `${i.path} ${i.message}` : i.message)).join('; ')}`,
    issues,
  });
}
