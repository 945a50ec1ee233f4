/**
 * Council time: an instant as the date and time on a clock in England (GMT/BST), since
 * "received on" and office hours are local. `londonTime('2025-04-05T23:47:00Z')` →
 * `{ date: '2025-04-06', time: '00:47', minutes: 47 }` (BST, UTC+1).
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface LocalTime {
  readonly date: string;
  readonly time: string;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

export function londonTime(instant: string | Date): LocalTime | undefined {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return undefined;
  const get = (type: string) => parts.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  const hour = Number(get('hour'));
  const minute = Number(get('minute'));
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    minutes: hour * 60 + minute,
  };
}

/** Today's date in England, for defaults such as "referral made on". */
export function londonToday(now: Date = new Date()): string {
  return londonTime(now)?.date ?? now.toISOString().slice(0, 10);
}
