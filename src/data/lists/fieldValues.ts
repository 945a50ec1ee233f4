import type { IsoDate } from '../../domain/primitives/brand';
import { siteDateOf, siteMidnight } from './siteDates';

/** What Graph returns in `fields` and accepts in a create/update body. */
export type Fields = Record<string, unknown>;

/**
 * A calendar date for a date-only column: midnight at the site, in UTC (see siteDates.ts).
 * `writeDate('2025-04-01')` → `'2025-03-31T23:00:00Z'`; undefined → null (clears the column).
 */
export function writeDate(date: string | undefined): string | null {
  return date === undefined ? null : siteMidnight(date);
}

/**
 * A date-only column as a calendar date: the day its instant falls on at the site.
 * `readDate('2025-03-31T23:00:00Z')` → `'2025-04-01'`
 */
export function readDate(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return siteDateOf(value);
}

/** An instant as Graph stores it (UTC, whole seconds). */
export function writeInstant(value: string | undefined): string | null {
  if (value === undefined) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function readInstant(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

export function readBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * A multi-choice value with the `@odata.type` annotation Graph requires for collections.
 * `writeMulti('Causes', ['delay'])` → `{ Causes: ['delay'], 'Causes@odata.type': 'Collection(Edm.String)' }`
 */
export function writeMulti(name: string, values: readonly string[] | undefined): Fields {
  return { [name]: [...(values ?? [])], [`${name}@odata.type`]: 'Collection(Edm.String)' };
}

export function readMulti(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  // SharePoint's REST shape for multi-choice, in case a value arrives that way.
  if (typeof value === 'string' && value.startsWith(';#')) return value.split(';#').filter(Boolean);
  return [];
}

/** JSON in a multi-line text column, for nested arrays only (pauses, plan history). */
export function writeJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** Unreadable JSON becomes `undefined` and the record's validation says what is wrong. */
export function readJson(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return { unreadable: value.slice(0, 40) };
  }
}

/** Drops undefined, and nulls when creating (an absent value is the same as an empty one). */
export function forCreate(fields: Fields): Fields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && v !== undefined),
  );
}

/** Removes keys whose value is undefined (`exactOptionalPropertyTypes` friendly objects). */
export function defined<T extends Record<string, unknown>>(value: T): T {
  // A plain loop: this runs for every item of a snapshot (Object.entries costs ~3× more).
  const kept: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const v = value[key];
    if (v !== undefined) kept[key] = v;
  }
  return kept as T;
}
