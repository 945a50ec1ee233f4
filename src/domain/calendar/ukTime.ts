import { asIsoDate, type IsoDate } from '../primitives/brand';

/**
 * UK civil time (GMT, or British Summer Time one hour ahead) worked out by rule rather than
 * from the browser's time-zone database: the first lookup in that database costs tens of ms,
 * and the tab needs today's date in the UK before its first paint.
 *
 * Summer time runs from 01:00 UTC on the last Sunday in March to 01:00 UTC on the last Sunday
 * in October (Summer Time Order 2002, the dates in force since 1996). Earlier instants, when
 * October's change fell on other Sundays, are answered from the time-zone database.
 */
const HOUR = 3_600_000;
const FIRST_RULE_YEAR = 1996;

/** ms since the epoch at 01:00 UTC on the last Sunday of a month (0-based). */
function lastSundayAtOne(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, 1);
  return lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR;
}

const summers = new Map<number, readonly [number, number]>();

function summerOf(year: number): readonly [number, number] {
  let summer = summers.get(year);
  if (!summer) {
    summer = [lastSundayAtOne(year, 2), lastSundayAtOne(year, 9)];
    summers.set(year, summer);
  }
  return summer;
}

let database: Intl.DateTimeFormat | undefined;

/** Before 1996, from the time-zone database (made at first use: few dates are that old). */
function offsetFromDatabase(time: number): number {
  database ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p: Record<string, string> = {};
  for (const part of database.formatToParts(new Date(time))) p[part.type] = part.value;
  const wall = Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`);
  return wall - Math.floor(time / 1000) * 1000;
}

/**
 * How far UK clocks are ahead of UTC at `time` (ms since the epoch): 0 or one hour.
 *   ukOffsetAt(Date.parse('2025-07-01T12:00:00Z')) → 3600000
 */
export function ukOffsetAt(time: number): number {
  const year = new Date(time).getUTCFullYear();
  if (year < FIRST_RULE_YEAR) return offsetFromDatabase(time);
  const [start, end] = summerOf(year);
  return time >= start && time < end ? HOUR : 0;
}

/**
 * The calendar date in the UK at `time`.
 *   ukDateOf(Date.parse('2025-06-30T23:30:00Z')) → '2025-07-01'
 */
export function ukDateOf(time: number): IsoDate {
  return asIsoDate(new Date(time + ukOffsetAt(time)).toISOString().slice(0, 10));
}
