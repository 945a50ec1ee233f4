import { inLondon } from '../../domain/format';

/**
 * Council time: an instant as the date and time on a clock in England (GMT/BST), since
 * "received on" and office hours are local. `londonTime('2025-04-05T23:47:00Z')` →
 * `{ date: '2025-04-06', time: '00:47', minutes: 47 }` (BST, UTC+1).
 */
export interface LocalTime {
  readonly date: string;
  readonly time: string;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

export function londonTime(instant: string | Date): LocalTime | undefined {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return undefined;
  const clock = inLondon(date);
  const [hour, minute] = clock.time.split(':').map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`,
    time: clock.time,
    minutes: hour * 60 + minute,
  };
}

/** Today's date in England, for defaults such as "referral made on". */
export function londonToday(now: Date = new Date()): string {
  return londonTime(now)?.date ?? now.toISOString().slice(0, 10);
}
