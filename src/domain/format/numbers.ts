/**
 * Figures as councils publish them: whole pounds with thousands separated by commas,
 * whole-number percentages, working days in words.
 */

let counts: Intl.NumberFormat | undefined;

/**
 * A count with thousands separated by commas: `formatCount(12500)` → `'12,500'`. Whole
 * numbers are grouped here rather than by `Intl.NumberFormat`: a dashboard shows hundreds of
 * them, `toLocaleString` builds a formatter on every call, and the first formatter a page
 * builds loads the locale's data (≈35 ms in the tab before its first figures).
 */
export function formatCount(n: number): string {
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  counts ??= new Intl.NumberFormat('en-GB');
  return counts.format(n);
}

const count = formatCount;

/**
 * How a clock stands, from the working days left on it (negative once it has run out):
 * `formatWorkingDaysLeft(3)` → `'3 working days left'`, `(1)` → `'1 working day left'`,
 * `(0)` → `'due today'`, `(-409)` → `'409 working days overdue'`.
 */
export function formatWorkingDaysLeft(workingDaysLeft: number): string {
  if (!Number.isFinite(workingDaysLeft)) return '';
  const days = Math.trunc(workingDaysLeft);
  if (days === 0) return 'due today';
  const size = Math.abs(days);
  const unit = size === 1 ? 'working day' : 'working days';
  return days > 0 ? `${count(size)} ${unit} left` : `${count(size)} ${unit} overdue`;
}

export interface MoneyOptions {
  /** Show pence (`£1,250.50`); councils' published tables use whole pounds. */
  readonly pence?: boolean;
}

/**
 * `formatMoney(1250)` → `'£1,250'`; `formatMoney(1249.5)` → `'£1,250'` (to the nearest pound);
 * `formatMoney(1250.5, { pence: true })` → `'£1,250.50'`; `formatMoney(-40)` → `'-£40'`.
 */
export function formatMoney(pounds: number, options: MoneyOptions = {}): string {
  if (!Number.isFinite(pounds)) return '';
  const digits = options.pence ? 2 : 0;
  const text = Math.abs(pounds).toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const sign = pounds < 0 && Number(text.replace(/,/g, '')) !== 0 ? '-' : '';
  return `${sign}£${text}`;
}

/**
 * A percentage (0–100) as a whole number: `formatPercent(64.3)` → `'64%'`,
 * `formatPercent(62.5)` → `'63%'`. A figure short of all never reads as 100%, nor a figure
 * above none as 0%: `formatPercent(99.6)` → `'99%'`, `formatPercent(0.2)` → `'1%'`, because
 * "100% on time" is a claim a single late case makes false. `null` (nothing to divide by) → `'—'`.
 */
export function formatPercent(percent: number | null): string {
  if (percent === null || !Number.isFinite(percent)) return '—';
  let whole = Math.round(percent);
  if (whole === 100 && percent < 100) whole = 99;
  if (whole === 0 && percent > 0) whole = 1;
  return `${count(whole)}%`;
}

/** A share from 0 to 1 as a percentage, by the same rule: `formatShare(0.5)` → `'50%'`. */
export function formatShare(share: number): string {
  return formatPercent(share * 100);
}
