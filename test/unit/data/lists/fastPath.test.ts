import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastReaderOf } from '../../../../src/data/lists/fastPath/fromSchema';
import { defined } from '../../../../src/data/lists/fieldValues';
import { generateDemoData } from '../../../../src/data/seed/generateDemoData';
import {
  causes,
  complainants,
  correspondenceRecord,
  feedbackCaseRecord,
  feedbackTypes,
  isoDateSchema,
  learningCategories,
  loadRecord,
  outcomes,
  procedures,
  stageRecord,
  type VersionedRecord,
} from '../../../../src/domain/records';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

type Reader = (input: Readonly<Record<string, unknown>>) => Record<string, unknown> | undefined;

const data = generateDemoData({ cases: 600, seed: 'fast-path', today: asIsoDate('2026-06-30') });

const records: [string, VersionedRecord<z.ZodType>, Reader, readonly Record<string, unknown>[]][] =
  [
    ['case', feedbackCaseRecord, fastReaderOf(feedbackCaseRecord.schema), data.cases],
    ['stage', stageRecord, fastReaderOf(stageRecord.schema), data.stages],
    [
      'correspondence',
      correspondenceRecord,
      fastReaderOf(correspondenceRecord.schema),
      data.correspondence,
    ],
  ];

/** Values around every limit and code the schemas have, and plain wrong ones. */
const long = (n: number) => 'x'.repeat(n);
const DELETE = Symbol('delete');
const palette: unknown[] = [
  DELETE,
  undefined,
  null,
  '',
  ' ',
  ' padded ',
  'plain',
  ...[1, 63, 64, 65, 254, 255, 256, 319, 320, 321, 997, 998, 999, 999, 1000, 1001, 1999, 2000]
    .concat([2001, 3999, 4000, 4001])
    .map(long),
  '2025-04-01',
  '2024-02-29',
  '2025-02-29',
  '2025-02-30',
  '2025-13-01',
  '2025-4-01',
  '2025-04-01T10:00:00Z',
  '2025-04-01T10:00:00+01:00',
  '2025-02-30T10:00:00Z',
  '2025-04-01T25:00:00Z',
  'CSC-2025-0001',
  ' CSC-2025-0001',
  0,
  1,
  2,
  3,
  4,
  -1,
  1.5,
  true,
  false,
  [],
  ['delay'],
  ['delay', 'nonsense'],
  ['misunderstanding'],
  [{ reason: 'adr', from: '2025-04-01' }],
  [{ reason: 'adr' }],
  {},
  { name: 'A' },
  { name: ' A' },
  { name: 'A', upn: '' },
  { name: 'A', upn: 'a@example.org' },
  { flagged: true },
  { flagged: true, reasons: ['risk'], referredOn: '2025-04-01' },
  { praised: 'P', quotable: true },
  { praised: ' ' },
  { name: 'MP', constituency: 'Somewhere' },
  { agreedOn: '2025-04-01', reason: 'complex' },
  { agreedOn: '2025-04-01', reason: ' ' },
  ...feedbackTypes,
  ...procedures,
  ...complainants,
  ...causes,
  ...outcomes,
  ...learningCategories,
  'open',
  'closed',
  'incoming',
  'outgoing',
  'email',
  'letter',
  'fax',
];

/** What readRecord falls back on: undefined values dropped, then the schema. */
function zodReading(record: VersionedRecord<z.ZodType>, input: Record<string, unknown>) {
  return loadRecord(record, defined(input));
}

describe('the fast reader built from a schema', () => {
  // A schema written here, not taken from the records: a field added to a schema is read by
  // its fast reader with no rule written anywhere else.
  const toy = z.object({
    version: z.literal(3),
    code: z.enum(['a', 'b']),
    level: z.union([z.literal(1), z.literal(2)]),
    name: z.string().trim().min(1).max(5),
    day: isoDateSchema.optional(),
    tags: z.array(z.enum(['x', 'y'])).default([]),
    flag: z.boolean().default(false),
    who: z.object({ name: z.string().min(1), team: z.string().optional() }).optional(),
    maybe: z.enum(['p']).nullable(),
    count: z.number().int().min(0).optional(),
    area: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{1,2}[0-9]$/)
      .optional(),
  });
  const read = fastReaderOf(toy);
  const good = { version: 3, code: 'a', level: 2, name: 'Ann', maybe: null };

  it('reads every kind of part it knows as zod does, defaults included', () => {
    const input = { ...good, day: '2024-02-29', tags: ['y'], who: { name: 'B' }, area: 'LS6' };
    expect(read(input)).toEqual(toy.parse(input));
    expect(Object.keys(read(good) ?? {})).toEqual(Object.keys(toy.parse(good)));
  });

  it('hands over to zod what it is not sure of', () => {
    for (const change of [
      { name: ' Ann' }, // trimming would change it
      { name: 'Annabel' }, // too long
      { code: 'c' },
      { level: 3 },
      { day: '2025-02-29' },
      { tags: ['z'] },
      { maybe: 'q' },
      { extra: 1 }, // a key the schema does not have
      { area: 'ls6' }, // upper-casing would change it
      { area: 'LS66' }, // the pattern refuses it
    ])
      expect(read({ ...good, ...change }), JSON.stringify(change)).toBeUndefined();
    // A nested part it is unsure of, or a number with limits, is read by that part's schema.
    const nested = { ...good, who: { name: 'B', extra: 1 } };
    expect(read(nested)).toEqual(toy.parse(nested));
    expect(read({ ...good, count: 2 })).toEqual(toy.parse({ ...good, count: 2 }));
    expect(read({ ...good, count: -1 })).toBeUndefined();
  });

  it('gives each item its own copy of a default', () => {
    const first = read(good) as { tags: string[] };
    first.tags.push('x');
    expect((read(good) as { tags: string[] }).tags).toEqual([]);
  });

  it('reads nothing fast for a schema refined as a whole', () => {
    const refined = z.object({ a: z.string() }).refine((v) => v.a !== 'no');
    expect(fastReaderOf(refined)({ a: 'yes' })).toBeUndefined();
  });
});

describe('the fast readers of cases, stages and correspondence', () => {
  for (const [name, record, read, values] of records) {
    it(`read seeded ${name}s as the schema does, and answer for nearly all of them`, () => {
      let answered = 0;
      for (const value of values) {
        const fast = read(value);
        const slow = zodReading(record, value);
        expect(slow.ok).toBe(true);
        if (fast === undefined) continue;
        answered += 1;
        expect(fast).toEqual(slow.ok && slow.value);
        expect(Object.keys(fast)).toEqual(Object.keys(slow.ok ? (slow.value as object) : {}));
      }
      expect(answered / values.length).toBeGreaterThan(0.9);
    });

    it(`never accept a ${name} the schema refuses, nor read one differently`, () => {
      const keys = Object.keys((record.schema as unknown as z.ZodObject).shape);
      fc.assert(
        fc.property(
          fc.constantFrom(...values),
          fc.array(fc.tuple(fc.constantFrom(...keys, 'unknownKey'), fc.constantFrom(...palette)), {
            minLength: 1,
            maxLength: 4,
          }),
          (base, changes) => {
            const input: Record<string, unknown> = { ...base };
            // Absent columns reach the readers as undefined values, or not at all.
            for (const [key, value] of changes)
              if (value === DELETE) delete input[key];
              else input[key] = value;
            const fast = read(input);
            if (fast === undefined) return;
            const slow = zodReading(record, input);
            expect(slow.ok, JSON.stringify(changes)).toBe(true);
            expect(fast).toEqual(slow.ok && slow.value);
          },
        ),
        { numRuns: 3000, seed: 20261123 },
      );
    });
  }
});
