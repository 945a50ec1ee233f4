/**
 * Due-date computations per second (issue 3, point 5; target ≥ 1,000,000/s on 2 cores).
 * Each computation is the full path of `due`: an IsoDate in, the rule looked up by
 * procedure and event, day 0 and non-working receipt, extension, pause, and an IsoDate out.
 * Runs standalone (`npx tsx bench/timescales.bench.ts`) or under `bench/run.ts`; prints
 * lines `name: value unit`.
 */
import { calendarForNation } from '../src/domain/calendar/nationalCalendar';
import { fromDayNumber, toDayNumber } from '../src/domain/calendar/dayNumber';
import { addWorkingDays, workingDaysBetween } from '../src/domain/calendar/workingDays';
import { defaultTimescalePolicy } from '../src/domain/timescales/defaultPolicy';
import { dueDateForEvent } from '../src/domain/timescales/dueDate';
import { readClock } from '../src/domain/timescales/clockStatus';
import { TIMESCALE_EVENTS } from '../src/domain/timescales/events';
import { ruleFor } from '../src/domain/timescales/policy';
import { asIsoDate, type IsoDate } from '../src/domain/primitives/brand';

const calendar = calendarForNation();
const policy = defaultTimescalePolicy();

// Inputs prepared up front so the timed loop measures the computation, not the set-up:
// receipts spread over 2018–2030 (weekends and bank holidays included), every event.
const SAMPLES = 4096;
const first = toDayNumber(asIsoDate('2018-01-01'));
const pairs = Object.entries(TIMESCALE_EVENTS).flatMap(([procedure, events]) =>
  events.map((event) => ({ procedure, event })),
);
const inputs = Array.from({ length: SAMPLES }, (_, i) => {
  const pair = pairs[i % pairs.length]!;
  const rule = ruleFor(policy, pair.procedure as never, pair.event as never);
  return {
    ...pair,
    from: fromDayNumber(first + ((i * 7919) % 4700)),
    extended: rule.extendedLimit !== undefined && i % 3 === 0,
    pausedWorkingDays: i % 5,
  };
});

/**
 * Runs `body` for about 1.5 s after a warm-up and prints its rate in wall-clock time (the
 * figure the target is about) and per second of this process's CPU time, which stays
 * meaningful when other work shares the two cores.
 */
function measure(name: string, unit: string, body: (i: number) => number): void {
  let sink = 0;
  for (let i = 0; i < 200_000; i += 1) sink += body(i); // warm up the JIT
  let runs = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < 1500) {
    for (let i = 0; i < 100_000; i += 1) sink += body(runs + i);
    runs += 100_000;
    elapsed = performance.now() - started;
  }
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (sink === 0.5) console.log('unreachable'); // keeps the work observable
  console.log(`${name}: ${Math.round((runs / elapsed) * 1000)} ${unit}`);
  console.log(`${name}.cpu: ${Math.round((runs / cpuMs) * 1000)} per CPU second`);
}

measure('timescales.dueDates', 'per second', (i) => {
  const input = inputs[i & (SAMPLES - 1)]!;
  const result = dueDateForEvent(policy, calendar, input);
  return result.ok ? result.value.due.length : 0;
});

const stage1 = ruleFor(policy, 'children_statutory', 'stage1_response');
const today = asIsoDate('2026-01-05');
measure('timescales.clockReadings', 'per second', (i) => {
  const input = inputs[i & (SAMPLES - 1)]!;
  return readClock(
    calendar,
    { start: input.from, rule: stage1, pausedWorkingDays: input.pausedWorkingDays },
    today,
  ).workingDaysLeft;
});

measure('calendar.addWorkingDays', 'per second', (i) => {
  const input = inputs[i & (SAMPLES - 1)]!;
  const due: IsoDate = addWorkingDays(calendar, input.from, (i & 63) + 1);
  return workingDaysBetween(calendar, input.from, due);
});
