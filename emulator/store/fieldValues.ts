import { badRequest } from '../graph/errors';
import type { Column } from './columnModel';
import { DEFAULT_TIME_ZONE, localDate, localMidnight } from './siteTime';

/** What a column's values are called in OData, for Graph's conversion error message. */
const EDM_TYPE = {
  text: 'Edm.String',
  choice: 'Edm.String',
  dateTime: 'Edm.DateTimeOffset',
  number: 'Edm.Double',
  currency: 'Edm.Double',
  boolean: 'Edm.Boolean',
  personOrGroup: 'Edm.Int32',
  lookup: 'Edm.Int32',
} as const;

const conversionError = (column: Column, value: unknown) =>
  badRequest(
    `Cannot convert the value ${JSON.stringify(value)} of field '${column.name}' to the expected type '${EDM_TYPE[column.kind]}'.`,
  );

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Normalises a dateTime the way SharePoint stores it: UTC, whole seconds. A date or time
 * that does not exist (30 February, 25:00) is refused, not rolled over into the next month.
 *   normaliseDateTime('2025-04-01') → '2025-04-01T00:00:00Z'
 *   normaliseDateTime('2025-04-01T10:30:00+01:00') → '2025-04-01T09:30:00Z'
 *   normaliseDateTime('2025-02-30') → undefined
 */
export function normaliseDateTime(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const m = Number(month);
  if (m < 1 || m > 12 || Number(day) < 1 || Number(day) > daysInMonth(Number(year), m))
    return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const withZone =
    text.length === 10 ? `${text}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`;
  const time = new Date(withZone);
  if (Number.isNaN(time.getTime())) return undefined;
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A date-only column's value as SharePoint stores it: midnight, in the site's time zone, of
 * the date the value names there, in UTC. A bare date is that date; an instant is the date
 * it falls on in the site's zone.
 *   siteDate('2025-04-01', 'Europe/London') → '2025-03-31T23:00:00Z'
 *   siteDate('2025-04-01T00:00:00Z', 'Europe/London') → '2025-03-31T23:00:00Z' (01:00 BST, 1 April)
 *   siteDate('2025-12-25', 'Europe/London') → '2025-12-25T00:00:00Z'
 */
export function siteDate(text: string, timeZone: string): string | undefined {
  const instant = normaliseDateTime(text);
  if (instant === undefined) return undefined;
  const date = text.length === 10 ? text : localDate(Date.parse(instant), timeZone);
  return new Date(localMidnight(date, timeZone)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const isDateOnly = (column: Column) =>
  (column.definition.dateTime as { format?: string } | undefined)?.format === 'dateOnly';

function toNumber(column: Column, value: unknown): number {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  if (!Number.isFinite(number)) throw conversionError(column, value);
  const facet = (column.definition[column.kind] ?? {}) as { minimum?: number; maximum?: number };
  if (
    (facet.minimum !== undefined && number < facet.minimum) ||
    (facet.maximum !== undefined && number > facet.maximum)
  )
    throw badRequest(`The value of field '${column.name}' is outside the allowed range.`);
  return number;
}

function toLookupId(column: Column, value: unknown): number {
  const id =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isInteger(id) || id < 0) throw conversionError(column, value);
  return id;
}

function toSingle(column: Column, value: unknown, timeZone: string): unknown {
  switch (column.kind) {
    case 'text': {
      if (typeof value !== 'string') throw conversionError(column, value);
      const facet = column.definition.text as { allowMultipleLines?: boolean; maxLength?: number };
      const max = facet.allowMultipleLines ? undefined : (facet.maxLength ?? 255);
      if (max !== undefined && max > 0 && value.length > max)
        throw badRequest(
          `The value of field '${column.name}' is longer than its maximum length of ${max} characters.`,
        );
      return value;
    }
    case 'choice':
      if (typeof value !== 'string') throw conversionError(column, value);
      return value;
    case 'dateTime': {
      const normalised =
        typeof value !== 'string'
          ? undefined
          : isDateOnly(column)
            ? siteDate(value, timeZone)
            : normaliseDateTime(value);
      if (normalised === undefined) throw conversionError(column, value);
      return normalised;
    }
    case 'number':
    case 'currency':
      return toNumber(column, value);
    case 'boolean':
      if (typeof value !== 'boolean') throw conversionError(column, value);
      return value;
    case 'personOrGroup':
    case 'lookup':
      return toLookupId(column, value);
  }
}

const COLLECTION_TYPE: Partial<Record<Column['kind'], string>> = {
  choice: 'Collection(Edm.String)',
  lookup: 'Collection(Edm.Int32)',
  personOrGroup: 'Collection(Edm.Int32)',
};

/** The key a client writes: `Status`, `CaseLookupId`, or `CausesLookupId` for a multi-lookup. */
const writeKey = (column: Column) =>
  column.kind === 'lookup' || column.kind === 'personOrGroup'
    ? `${column.name}LookupId`
    : column.name;

interface ColumnLookups {
  readonly byWriteKey: ReadonlyMap<string, Column>;
  readonly byName: ReadonlyMap<string, Column>;
}

/** Built once per columns array: `columnsOf` keeps one array per list until its columns change. */
const lookups = new WeakMap<readonly Column[], ColumnLookups>();

function lookupsOf(columns: readonly Column[]): ColumnLookups {
  let found = lookups.get(columns);
  if (!found) {
    found = {
      byWriteKey: new Map(columns.map((column) => [writeKey(column).toLowerCase(), column])),
      byName: new Map(columns.map((column) => [column.name.toLowerCase(), column])),
    };
    lookups.set(columns, found);
  }
  return found;
}

/**
 * Checks a `fields` body against the list's columns and returns what to store, keyed by
 * each column's field key. Rejects what Graph rejects: unknown names, read-only columns,
 * wrong types, impossible dates, collections without their `@odata.type`; date-only values
 * go to midnight in the site's `timeZone`.
 *   parseFieldInput(columns, { Title: 'A', Amount: '12.5' }) → { Title: 'A', Amount: 12.5 }
 *   parseFieldInput(columns, { Nope: 1 }) → throws 400 "Field 'Nope' is not recognized"
 */
export function parseFieldInput(
  columns: readonly Column[],
  input: unknown,
  timeZone: string = DEFAULT_TIME_ZONE,
): Record<string, unknown> {
  if (input === undefined) return {};
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw badRequest("'fields' must be a JSON object.");
  const body = input as Record<string, unknown>;
  const { byWriteKey, byName } = lookupsOf(columns);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.includes('@')) continue; // annotations: read below with their value
    const column = byWriteKey.get(key.toLowerCase()) ?? byName.get(key.toLowerCase());
    if (!column) throw badRequest(`Field '${key}' is not recognized`);
    if (column.readOnly) throw badRequest(`Field '${column.name}' is read-only`);
    if (writeKey(column).toLowerCase() !== key.toLowerCase())
      throw badRequest(
        `Field '${key}' is a ${column.kind} column: write its item id to '${writeKey(column)}'.`,
      );
    if (value === null || value === '') {
      result[column.fieldKey] = null;
      continue;
    }
    if (column.multi) {
      const annotation = body[`${key}@odata.type`];
      if (!Array.isArray(value)) throw conversionError(column, value);
      if (annotation === undefined)
        throw badRequest(
          `A value without a type name was found and no expected type is available (field '${key}'): add "${key}@odata.type": "${COLLECTION_TYPE[column.kind]}".`,
        );
      result[column.fieldKey] =
        value.length === 0 ? null : value.map((item) => toSingle(column, item, timeZone));
    } else {
      if (Array.isArray(value)) throw conversionError(column, value);
      result[column.fieldKey] = toSingle(column, value, timeZone);
    }
  }
  return result;
}

/** Missing required values: on create every required column, on update those being cleared. */
export function checkRequired(columns: readonly Column[], merged: Record<string, unknown>): void {
  for (const column of columns) {
    if (!column.required || column.readOnly) continue;
    const value = merged[column.fieldKey];
    if (value === undefined || value === null || value === '')
      throw badRequest(`Field '${column.name}' is required.`);
  }
}
