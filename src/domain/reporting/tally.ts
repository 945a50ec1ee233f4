/** A count for every code, starting at zero, so report tables keep their rows in a stable order. */
export function zeroCounts<K extends string>(codes: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}

/**
 * A percentage with one decimal place, rounded half up; null when there is nothing to divide.
 * `percent(1, 3)` → 33.3; `percent(2, 3)` → 66.7; `percent(1, 8)` → 12.5; `percent(0, 0)` → null.
 */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/** Pounds to whole pence, so sums of money add exactly: `toPence(19.99)` → 1999. */
export const toPence = (pounds: number): number => Math.round(pounds * 100);

/** `fromPence(1999)` → 19.99. */
export const fromPence = (pence: number): number => pence / 100;
