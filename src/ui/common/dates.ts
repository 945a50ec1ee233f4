/**
 * Dates for people: UK style, weekday included, because officers count working days.
 * `formatDate('2026-01-07')` → `'Wed 7 Jan 2026'`;
 * `formatDate('2026-01-07', 'long')` → `'Wednesday 7 January 2026'`.
 */
const short = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const long = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(isoDate: string, style: 'short' | 'long' = 'short'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return (style === 'long' ? long : short).format(date).replace(/,/g, '');
}
