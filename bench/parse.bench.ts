/**
 * Reading list items into records, the CPU work a snapshot does per item (issue 12: is zod
 * fast enough on its own?). Seeds 30,000 fictitious cases (with their stages and
 * correspondence), turns each record into the `fields` Graph would return, then times:
 *   parse.<list>.fromFields   the list's whole read (`fromFields`: columns → record, checked)
 *   parse.<list>.zod          the record's zod schema alone over the stored objects (`loadRecord`)
 *   parse.<list>.fast         the fast reader built from that schema over the same objects
 *                             (src/data/lists/fastPath/fromSchema.ts; what `fromFields` uses)
 * Each is the median of 7 passes over every item, after 2 passes to warm up.
 *   npx tsx bench/parse.bench.ts     (FD_BENCH_PARSE_CASES=N to change the size)
 */
import { loadavg } from 'node:os';
import { casesList, correspondenceList, stagesList, type ListDefinition } from '../src/data/lists';
import { fastReaderOf } from '../src/data/lists/fastPath/fromSchema';
import { generateDemoData } from '../src/data/seed/generateDemoData';
import {
  correspondenceRecord,
  feedbackCaseRecord,
  loadRecord,
  stageRecord,
  type VersionedRecord,
} from '../src/domain/records';
import { asIsoDate } from '../src/domain/primitives/brand';
import type { z } from 'zod';

const cases = Number(process.env.FD_BENCH_PARSE_CASES ?? 30_000);
const PASSES = 7;
const WARM_UP = 2;

const print = (name: string, value: number, unit: string) =>
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** What Graph hands back: empty columns are left out, as SharePoint does. */
const asGraphFields = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== null && !k.includes('@')));

function time(label: string, items: readonly unknown[], read: (item: never) => unknown): void {
  const runs: number[] = [];
  let sink = 0;
  for (let pass = 0; pass < WARM_UP + PASSES; pass += 1) {
    const started = performance.now();
    for (const item of items) if (read(item as never) !== undefined) sink += 1;
    if (pass >= WARM_UP) runs.push(performance.now() - started);
  }
  if (sink === 0) throw new Error(`${label}: nothing read`);
  print(label, median(runs), `ms (${items.length} items)`);
}

function bench<T>(
  name: string,
  list: ListDefinition<T>,
  record: VersionedRecord<z.ZodType>,
  values: readonly T[],
): void {
  const items = values.map((value) => asGraphFields(list.toFields(value)));
  for (const item of items) {
    const read = list.fromFields(item);
    if (!read.ok) throw new Error(`${name}: a seeded item does not read: ${read.error.message}`);
  }
  time(`parse.${name}.fromFields`, items, (item: Record<string, unknown>) => list.fromFields(item));
  // The schema alone, over the record objects a mapping hands it (a copy each, as a read makes).
  // (The correspondence's message key is kept beside the record, not in it.)
  const stored = values.map((value) => {
    const { messageKey: _key, ...rest } = value as Record<string, unknown>;
    return rest;
  });
  time(`parse.${name}.zod`, stored, (item: Record<string, unknown>) => loadRecord(record, item));
  const fast = fastReaderOf(record.schema);
  time(`parse.${name}.fast`, stored, (item: Record<string, unknown>) => fast(item));
}

const data = generateDemoData({ cases, seed: 'parse-bench', today: asIsoDate('2026-11-23') });
console.error(`parse: ${cases} cases, load average ${loadavg()[0]!.toFixed(2)}`);
bench('cases', casesList, feedbackCaseRecord, data.cases);
bench('stages', stagesList, stageRecord, data.stages);
bench(
  'correspondence',
  correspondenceList,
  correspondenceRecord,
  data.correspondence.map((c, i) => ({ ...c, messageKey: `bench-${i}` })),
);
console.error(`parse: done, load average ${loadavg()[0]!.toFixed(2)}`);
