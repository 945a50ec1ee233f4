import type { Cell, ReportChart, ReportTable } from './reportDocument';

/** Rows of `[label, this year, last year]` from two maps of counts, in the order of `labels`. */
export function compareRows<K extends string>(
  labels: Readonly<Record<K, string>> | readonly [K, string][],
  current: Readonly<Record<K, number | null>>,
  previous: Readonly<Record<K, number | null>>,
): Cell[][] {
  const entries = Array.isArray(labels)
    ? (labels as readonly [K, string][])
    : (Object.entries(labels) as [K, string][]);
  return entries.map(([key, label]) => [label, current[key] ?? 0, previous[key] ?? 0]);
}

/** Union of the keys of two open maps (service areas), the larger this year first. */
export function openKeys(
  current: Record<string, number>,
  previous: Record<string, number>,
): string[] {
  const keys = new Set([...Object.keys(current), ...Object.keys(previous)]);
  return [...keys].sort((a, b) => (current[b] ?? 0) - (current[a] ?? 0) || a.localeCompare(b));
}

export function table(
  id: string,
  caption: string,
  basis: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  unit?: '£',
): ReportTable {
  return { kind: 'table', id, caption, basis, columns, rows, ...(unit ? { unit } : {}) };
}

/** A bar chart of a table's "this year" column, leaving out rows with nothing to draw. */
export function chartOf(
  source: ReportTable,
  title: string,
  unit: '' | '%' | '£' = '',
): ReportChart {
  return {
    kind: 'chart',
    id: `${source.id}-chart`,
    title,
    basis: source.basis,
    unit,
    bars: source.rows
      .filter((row) => typeof row[1] === 'number' && row[1] > 0)
      .map((row) => ({ label: String(row[0]), value: row[1] as number })),
  };
}
