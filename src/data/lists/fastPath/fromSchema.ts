import type { z } from 'zod';
import { isoDateSchema } from '../../../domain/records';
import {
  boolean,
  bySchema,
  fastObject,
  isoDate,
  listOf,
  oneOf,
  optional,
  orNull,
  required,
  UNSURE,
  withDefault,
  type Check,
  type FieldRule,
} from './checks';

/**
 * The fast reader of a record, built from the record's own zod schema: adding a field to a
 * schema in src/domain/records changes its fast reader with it, and no rule is written twice.
 * Each part of the schema it knows (literals, enums, plain strings with length limits and
 * trimming, booleans, calendar dates, arrays of codes, plain objects, optional / default /
 * nullable wrappers) becomes a quick check; anything else (a format such as an instant, a
 * refinement, a transform that changes the value, a number with limits) is checked by that
 * part's own schema. The reader never decides alone that an item is wrong (see checks.ts).
 *   fastReaderOf(z.object({ a: z.string().max(3), b: z.boolean().default(false) }))({ a: 'x' })
 *     → { a: 'x', b: false }
 */
export type FastReader = (
  input: Readonly<Record<string, unknown>>,
) => Record<string, unknown> | undefined;

/** What zod keeps about a schema; read-only, never changed here. */
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly innerType?: z.ZodType;
  readonly defaultValue?: unknown;
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly options?: readonly z.ZodType[];
  readonly element?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly transform?: (value: unknown, context: unknown) => unknown;
  readonly format?: string;
}
interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly tx?: (value: string) => string;
  readonly format?: string;
  readonly pattern?: RegExp;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Parts known by identity: calendar dates are the commonest value and have a cached check. */
const known = new Map<z.ZodType, Check>([[isoDateSchema, isoDate]]);

/** A check for a present value of `schema`; its own schema when the part is not one it knows. */
export function checkOf(schema: z.ZodType): Check {
  const quick = known.get(schema) ?? quickCheckOf(schema);
  return quick ?? bySchema(schema);
}

function quickCheckOf(schema: z.ZodType): Check | undefined {
  const def = defOf(schema);
  // A refinement on any part (other than a string's) is the schema's job.
  if (def.type !== 'string' && (def.checks?.length ?? 0) > 0) return undefined;
  switch (def.type) {
    case 'literal':
      return oneOf(def.values ?? []);
    case 'enum':
      return oneOf(Object.values(def.entries ?? {}));
    case 'union': {
      const options = def.options ?? [];
      const literals = options.map(defOf);
      if (!literals.every((option) => option.type === 'literal' && !option.checks?.length))
        return undefined;
      return oneOf(literals.flatMap((option) => option.values ?? []));
    }
    case 'boolean':
      return boolean;
    case 'nullable':
      return def.innerType ? orNull(checkOf(def.innerType)) : undefined;
    case 'string':
      return stringCheck(def);
    case 'array':
      return def.element ? arrayCheck(def.element, schema) : undefined;
    case 'object':
      return def.shape ? objectCheck(def.shape, schema) : undefined;
    case 'pipe':
      return def.in && def.out ? castCheck(checkOf(def.in), defOf(def.out)) : undefined;
    default:
      return undefined;
  }
}

/**
 * `z.string()` with `.trim()`, `.toUpperCase()`, `.min()`, `.max()`, `.regex()`: only values the
 * rewrites would not change, so a pattern is tested on the value as stored. A pattern with the
 * `g` or `y` flag keeps state between tests, so it stays the schema's job.
 */
function stringCheck(def: Def): Check | undefined {
  if (def.format !== undefined) return undefined;
  let min = 0;
  let max = Infinity;
  const rewrites: ((value: string) => string)[] = [];
  const patterns: RegExp[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') min = Math.max(min, c.minimum ?? 0);
    else if (c.check === 'max_length') max = Math.min(max, c.maximum ?? Infinity);
    else if (c.check === 'overwrite' && c.tx) rewrites.push(c.tx);
    else if (
      c.check === 'string_format' &&
      c.format === 'regex' &&
      c.pattern &&
      !/[gy]/.test(c.pattern.flags)
    )
      patterns.push(c.pattern);
    else return undefined;
  }
  const fits = (value: unknown): value is string =>
    typeof value === 'string' &&
    value.length >= min &&
    value.length <= max &&
    patterns.every((pattern) => pattern.test(value));
  const [rewrite, ...more] = rewrites;
  if (rewrite === undefined) return (value) => (fits(value) ? value : UNSURE);
  if (more.length === 0)
    return (value) => (fits(value) && rewrite(value) === value ? value : UNSURE);
  return (value) => (fits(value) && rewrites.every((r) => r(value) === value) ? value : UNSURE);
}

/** Arrays of codes are checked item by item; an empty array of anything is `[]`. */
function arrayCheck(element: z.ZodType, schema: z.ZodType): Check {
  const def = defOf(element);
  if (def.type === 'enum' && !def.checks?.length) return listOf(Object.values(def.entries ?? {}));
  const whole = bySchema(schema);
  return (value) => (Array.isArray(value) && value.length === 0 ? [] : whole(value));
}

/** A nested plain object: read quickly when every value is sure, else by its schema. */
function objectCheck(shape: Readonly<Record<string, z.ZodType>>, schema: z.ZodType): Check {
  const read = fastObject(rulesOf(shape));
  const whole = bySchema(schema);
  return (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (read(value as Record<string, unknown>) ?? whole(value))
      : whole(value);
}

/**
 * `.transform()` after a check: accepted only when the transform hands back the very value it
 * was given (a brand such as `value as IsoDate`); a transform that changes it is the schema's.
 */
function castCheck(inner: Check, out: Def): Check | undefined {
  const transform = out.transform;
  if (out.type !== 'transform' || !transform) return undefined;
  // One context for every call (a snapshot makes tens of thousands): its issues are emptied first.
  const issues: unknown[] = [];
  const context = { value: undefined as unknown, issues, addIssue: (i: unknown) => issues.push(i) };
  return (value) => {
    const checked = inner(value);
    if (checked === UNSURE) return UNSURE;
    issues.length = 0;
    context.value = checked;
    const result = transform(checked, context);
    return issues.length > 0 || result !== checked ? UNSURE : checked;
  };
}

/** One rule per key of an object schema, in its key order (zod's output order). */
export function rulesOf(shape: Readonly<Record<string, z.ZodType>>): FieldRule[] {
  return Object.entries(shape).map(([key, schema]) => {
    const def = defOf(schema);
    if (def.type === 'optional' && def.innerType && !def.checks?.length)
      return optional(key, checkOf(def.innerType));
    if (def.type === 'default' && def.innerType && !def.checks?.length) {
      const inner = def;
      // zod hands out a fresh copy of a default each time it is read from its definition.
      return withDefault(key, checkOf(def.innerType), () => inner.defaultValue);
    }
    return required(key, checkOf(schema));
  });
}

const readers = new WeakMap<z.ZodType, FastReader>();
const never: FastReader = () => undefined;

/**
 * The fast reader of a record schema (built once per schema). A schema with a refinement over
 * the whole record (an action's "done needs evidence") has none: its schema reads every item.
 */
export function fastReaderOf(schema: z.ZodType): FastReader {
  let reader = readers.get(schema);
  if (reader === undefined) {
    const def = defOf(schema);
    reader =
      def.type === 'object' && def.shape && !def.checks?.length
        ? fastObject(rulesOf(def.shape))
        : never;
    readers.set(schema, reader);
  }
  return reader;
}
