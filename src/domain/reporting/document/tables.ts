import { formatPercent } from '../../format';
import { percent } from '../tally';
import type { Cell, ReportChart, ReportTable } from './reportDocument';

/** A row of a comparison: its label, this year's count and last year's. */
export type CountRow = readonly [label: string, now: number, before: number];

/**
 * The change on last year as councils print it: `changeOf(48, 52)` → `−4`, `(6, 4)` → `+2`,
 * `(3, 3)` → `0`.
 */
export function changeOf(now: number, before: number): string {
  const d = Math.round((now - before) * 100) / 100;
  if (d === 0) return '0';
  const size = Math.abs(d).toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return d > 0 ? `+${size}` : `−${size}`;
}

/** The change of a percentage, in points: `pointsChange(58, 63)` → `−5 points`. */
export function pointsChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const d = Math.round(now) - Math.round(before);
  if (d === 0) return '0 points';
  return `${d > 0 ? '+' : '−'}${Math.abs(d)} point${Math.abs(d) === 1 ? '' : 's'}`;
}

/** A row of a last-year / this-year table of counts: `countChange('Panels held', 3, 1)` → `['Panels held', 1, 3, '+2']`. */
export const countChange = (label: string, now: number, before: number): Cell[] => [
  label,
  before,
  now,
  changeOf(now, before),
];

/** The same for percentages, whole numbers and change in points: `['Within 20 days', '63%', '58%', '−5 points']`. */
export const percentChange = (label: string, now: number | null, before: number | null): Cell[] => [
  label,
  formatPercent(before),
  formatPercent(now),
  pointsChange(now, before),
];

/** `shareOf(4, 48)` → `8%`; `shareOf(0, 0)` → `—`. */
export const shareOf = (part: number, whole: number): string => formatPercent(percent(part, whole));

export interface CompareOptions {
  /** Add a `Total` row (the rows must not overlap). */
  readonly total?: string;
  /** Add a column of each row's share of this year's total (or of `shareOfTotal`). */
  readonly share?: boolean;
  readonly shareOfTotal?: number;
  readonly unit?: '£';
}

/**
 * A table comparing this year with last, in time order as councils print them: `[label, last
 * year, this year, (% of this year), change]`, with a totals row when asked. Counts stay numbers; shares and changes are text.
 */
export function compareTable(
  id: string,
  caption: string,
  basis: string,
  years: readonly [string, string],
  first: string,
  rows: readonly CountRow[],
  options: CompareOptions = {},
): ReportTable {
  const [y, p] = years;
  const nowTotal = rows.reduce((sum, r) => sum + r[1], 0);
  const beforeTotal = rows.reduce((sum, r) => sum + r[2], 0);
  const shareBase = options.shareOfTotal ?? nowTotal;
  const line = ([label, now, before]: CountRow): Cell[] => [
    label,
    before,
    now,
    ...(options.share ? [shareOf(now, shareBase)] : []),
    changeOf(now, before),
  ];
  const body = rows.map(line);
  if (options.total !== undefined) body.push(line([options.total, nowTotal, beforeTotal]));
  return {
    kind: 'table',
    id,
    caption,
    basis,
    columns: [first, p, y, ...(options.share ? [`% of ${y}`] : []), 'Change'],
    rows: body,
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.total !== undefined ? { totalRows: 1 } : {}),
  };
}

/** A plain table. */
export function table(
  id: string,
  caption: string,
  basis: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  extra: { readonly unit?: '£'; readonly totalRows?: number } = {},
): ReportTable {
  return { kind: 'table', id, caption, basis, columns, rows, ...extra };
}

/**
 * A chart of a comparison table: last year's and this year's bars for each row (totals and
 * rows with nothing in either year left out). Its figures are the table's.
 */
export function chartOfComparison(
  source: ReportTable,
  title: string,
  years: readonly [string, string],
): ReportChart {
  const body = source.rows.slice(0, source.rows.length - (source.totalRows ?? 0));
  const beforeAt = 1;
  const nowAt = 2;
  const drawn = body.filter((row) => Number(row[nowAt] ?? 0) > 0 || Number(row[beforeAt] ?? 0) > 0);
  return {
    kind: 'chart',
    id: `${source.id}-chart`,
    title,
    basis: source.basis,
    unit: source.unit ?? '',
    categories: drawn.map((row) => String(row[0])),
    series: [
      { name: years[1], values: drawn.map((row) => Number(row[beforeAt] ?? 0)) },
      { name: years[0], values: drawn.map((row) => Number(row[nowAt] ?? 0)) },
    ],
  };
}

/** Labels of codes in order, with their counts this year and last, zero rows dropped unless kept. */
export function countRows<K extends string>(
  labels: Readonly<Partial<Record<K, string>>>,
  now: Readonly<Record<K, number>>,
  before: Readonly<Record<K, number>>,
  keep: readonly K[] = [],
): CountRow[] {
  return (Object.entries(labels) as [K, string][])
    .filter(([key]) => keep.includes(key) || (now[key] ?? 0) > 0 || (before[key] ?? 0) > 0)
    .map(([key, label]) => [label, now[key] ?? 0, before[key] ?? 0]);
}

/** Rows of two open maps (service areas), the larger this year first. */
export function openRows(
  now: Readonly<Record<string, number>>,
  before: Readonly<Record<string, number>>,
): CountRow[] {
  const keys = new Set([...Object.keys(now), ...Object.keys(before)]);
  return [...keys]
    .sort((a, b) => (now[b] ?? 0) - (now[a] ?? 0) || a.localeCompare(b))
    .map((key) => [key, now[key] ?? 0, before[key] ?? 0]);
}
