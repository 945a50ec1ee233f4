import type { z } from 'zod';
import { isIsoDate } from '../../../domain/primitives/brand';

/**
 * The checks a fast reader is made of (fromSchema.ts builds them from a record's zod schema),
 * for the tens of thousands of items a snapshot reads. It never decides alone that an item is wrong: whatever it is not sure of
 * (an unknown key, an untrimmed text, a value out of range, a nested part it does not check
 * itself) makes it answer `undefined`, and the record's zod schema reads the item instead —
 * with the same result for good items and the same plain message for bad ones. Tests compare
 * the two readings on seeded and on random items (test/unit/data/lists/fastPath.test.ts).
 */

/** What a check answers when it is not sure: let the schema decide. */
export const UNSURE: unique symbol = Symbol('unsure');
/** A present value → the value the schema would output, or UNSURE. */
export type Check = (value: unknown) => unknown;

/** What the schema does with an absent key: fail, leave it out, or put in a default. */
export type Absent = 'required' | 'optional' | { readonly default: () => unknown };

export interface FieldRule {
  readonly key: string;
  readonly check: Check;
  readonly absent: Absent;
}

export const required = (key: string, check: Check): FieldRule => ({
  key,
  check,
  absent: 'required',
});
export const optional = (key: string, check: Check): FieldRule => ({
  key,
  check,
  absent: 'optional',
});
/** `def` builds a fresh value each time, as zod's defaults do (never a shared array). */
export const withDefault = (key: string, check: Check, def: () => unknown): FieldRule => ({
  key,
  check,
  absent: { default: def },
});

/** `z.enum([...])`, `z.union([z.literal(…), …])` */
export const oneOf = (values: readonly unknown[]): Check => {
  const allowed = new Set(values);
  return (value) => (allowed.has(value) ? value : UNSURE);
};

/** `x.nullable()` */
export const orNull =
  (check: Check): Check =>
  (value) =>
    value === null ? null : check(value);

/** `z.array(z.enum([...]))`: a copy, as zod gives. */
export const listOf = (values: readonly unknown[]): Check => {
  const allowed = new Set(values);
  return (value) =>
    Array.isArray(value) && value.every((item) => allowed.has(item)) ? [...value] : UNSURE;
};

export const boolean: Check = (value) => (typeof value === 'boolean' ? value : UNSURE);

/** The domain's `isoDateSchema`: a real calendar day written YYYY-MM-DD. */
export const isoDate: Check = (value) => {
  if (typeof value !== 'string') return UNSURE;
  // A snapshot checks ~100,000 dates but only a few thousand distinct ones.
  let valid = checkedDates.get(value);
  if (valid === undefined) {
    valid = isIsoDate(value);
    if (checkedDates.size >= CHECKED_DATES_KEPT) checkedDates.clear();
    checkedDates.set(value, valid);
  }
  return valid ? value : UNSURE;
};
const checkedDates = new Map<string, boolean>();
const CHECKED_DATES_KEPT = 16_384;

/** A part checked by its own schema (rare parts: a safeguarding referral, an MP's details). */
export const bySchema =
  (schema: z.ZodType): Check =>
  (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : UNSURE;
  };

/**
 * Builds the reader of one record shape. The rules are in the schema's key order, so the
 * output has its keys in the order zod gives them.
 *   const read = fastObject([required('a', text(3)), withDefault('b', boolean, () => false)]);
 *   read({ a: 'x' }) → { a: 'x', b: false };  read({ a: 'long' }) → undefined;  read({ z: 1 }) → undefined
 */
export function fastObject(
  rules: readonly FieldRule[],
): (input: Readonly<Record<string, unknown>>) => Record<string, unknown> | undefined {
  const known = new Set(rules.map((rule) => rule.key));
  return (input) => {
    for (const key in input) if (!known.has(key)) return undefined;
    const output: Record<string, unknown> = {};
    for (const rule of rules) {
      const value = input[rule.key];
      if (value === undefined) {
        if (rule.absent === 'required') return undefined;
        if (rule.absent !== 'optional') output[rule.key] = rule.absent.default();
        continue;
      }
      const checked = rule.check(value);
      if (checked === UNSURE) return undefined;
      output[rule.key] = checked;
    }
    return output;
  };
}
