/**
 * Annual-report aggregation over 100,000 cases (issue 3, point 5; target ≤ 250 ms on this
 * 2-core machine): the full `buildAnnualReport` for the year and the year before, procedure
 * `all` (every record in scope), with the England and Wales working calendar. The records
 * are generated and validated first; only the aggregation is timed (median of 9 runs, in CPU
 * time of the process; the wall-clock median is printed beside it).
 *   npx tsx bench/report.bench.ts → report.aggregate100k: 120 ms
 */
import { loadavg } from 'node:os';
import { calendarForNation } from '../src/domain/calendar/nationalCalendar';
import { buildAnnualReport, reportCalendarOf } from '../src/domain/reporting';
import { planImport, planRecords } from '../src/data/import/importPlan';
import { generateCasesCsv } from '../test/fixtures/import/generateHistory';

const CASES = 100_000;
const RUNS = 9;
const plan = planImport(new Map([['cases.csv', generateCasesCsv(CASES, 7)]]));
if (plan.errors.length > 0)
  throw new Error(`generated history invalid: ${plan.errors[0]?.message}`);
const records = { ...planRecords(plan), ombudsman: [], costs: [], actions: [], demand: [] };
const calendar = reportCalendarOf(calendarForNation());

// CPU time of this process (what the aggregation costs, whatever else shares the machine)
// and wall-clock time (which grows when other work is running: the load average is printed).
const cpu: number[] = [];
const wall: number[] = [];
let sink = 0;
for (let run = 0; run < RUNS; run += 1) {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const report = buildAnnualReport(records, { year: '2024-25', procedure: 'all', calendar });
  wall.push(performance.now() - started);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  sink += report.resolved.stage1.responded + report.previous.received.complaints;
}
const median = (values: number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number);
console.log(`report.aggregate100k: ${median(cpu)} ms`);
console.log(`report.aggregate100k.wall: ${median(wall)} ms`);
console.error(
  `(${records.cases.length} cases, ${records.stages.length} stages; checksum ${sink}; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
);
