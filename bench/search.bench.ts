/**
 * The tab header's search at 20,000 cases (issue 16; target: an answer within 300 ms).
 * Builds the in-memory index from a generated snapshot (names from the complainants' incoming
 * correspondence, summaries from the cases), then answers typical queries: a reference, a
 * surname, a service area, summary words, and one that matches nothing. Prints
 * `name: value unit` lines; runs standalone (`npx tsx bench/search.bench.ts`) or under
 * `npm run bench -- search`.
 */
import { generateDemoData } from '../src/data/seed/generateDemoData';
import type { Snapshot, Stored } from '../src/data/store';
import { asIsoDate, asListItemId } from '../src/domain/primitives/brand';
import { buildCaseIndex, searchCases } from '../src/tab/data/caseSearch';

const CASES = Number(process.env.FD_BENCH_CASES ?? 20_000);
const data = generateDemoData({
  cases: CASES,
  seed: 'search-bench',
  today: asIsoDate('2026-11-23'),
});
let id = 0;
const stored = <T>(value: T): Stored<T> => ({
  itemId: asListItemId(String(++id)),
  etag: `"${id},1"`,
  value,
});
const snapshot: Snapshot = {
  cases: data.cases.map(stored),
  stages: [],
  correspondence: data.correspondence.map(stored),
  actions: [],
  plans: [],
  signOffs: [],
  ombudsman: [],
  costs: [],
  refusals: [],
  demand: [],
  settings: data.settings,
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const builds: number[] = [];
let index = buildCaseIndex(snapshot);
for (let i = 0; i < 5; i += 1) {
  const started = performance.now();
  index = buildCaseIndex(snapshot);
  builds.push(performance.now() - started);
}

const someCase = data.cases[Math.floor(data.cases.length / 2)]!;
const surname = data.correspondence
  .find((m) => m.direction === 'incoming' && m.fromName)
  ?.fromName?.split(' ')
  .at(-1);
const queries: Record<string, string> = {
  reference: someCase.reference,
  'reference-end': someCase.reference.slice(-4),
  surname: surname ?? 'Example',
  'service-area': someCase.serviceArea ?? 'Highways',
  'summary-words': someCase.summary.split(' ').slice(0, 2).join(' '),
  miss: 'zzqx nothing',
};

console.log(`search.cases: ${data.cases.length} cases`);
console.log(`search.correspondence: ${data.correspondence.length} items`);
console.log(
  `search.index.build: ${median(builds).toFixed(1)} ms (median of 5; max ${Math.max(...builds).toFixed(1)})`,
);
let worst = 0;
for (const [name, query] of Object.entries(queries)) {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 15; i += 1) {
    const started = performance.now();
    found = searchCases(index, query).length;
    times.push(performance.now() - started);
  }
  worst = Math.max(worst, ...times);
  console.log(
    `search.query.${name}: ${median(times).toFixed(1)} ms (median of 15; max ${Math.max(...times).toFixed(1)}; ${found} found)`,
  );
}
console.log(`search.query.max: ${worst.toFixed(1)} ms`);
// The first search after a load builds the index too.
console.log(
  `search.first: ${(median(builds) + worst).toFixed(1)} ms (index build + slowest query)`,
);
