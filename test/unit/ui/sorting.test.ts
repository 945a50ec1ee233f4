import { describe, expect, it } from 'vitest';
import { compareValues, nextSort, sortRows } from '../../../src/ui/dashboard/sorting';

describe('sorting a table by a column', () => {
  const plans = [
    { id: 'AP-2026-0010', due: '2026-03-01', days: 4 },
    { id: 'AP-2026-0009', due: undefined, days: -12 },
    { id: 'AP-2025-0101', due: '2025-11-30', days: undefined },
    { id: 'AP-2026-0002', due: '2026-01-15', days: 0 },
  ];

  it('puts text with numbers in it in the order a person reads them', () => {
    expect(sortRows(plans, (p) => p.id, 'ascending').map((p) => p.id)).toEqual([
      'AP-2025-0101',
      'AP-2026-0002',
      'AP-2026-0009',
      'AP-2026-0010',
    ]);
  });

  it('orders numbers by size, negative ones first, and turns round when descending', () => {
    expect(sortRows(plans, (p) => p.days, 'ascending').map((p) => p.days)).toEqual([
      -12,
      0,
      4,
      undefined,
    ]);
    expect(sortRows(plans, (p) => p.days, 'descending').map((p) => p.days)).toEqual([
      4,
      0,
      -12,
      undefined,
    ]);
  });

  it('keeps empty cells last in both directions', () => {
    expect(sortRows(plans, (p) => p.due, 'ascending').at(-1)?.id).toBe('AP-2026-0009');
    expect(sortRows(plans, (p) => p.due, 'descending').at(-1)?.id).toBe('AP-2026-0009');
    expect(sortRows(plans, (p) => p.due, 'descending')[0]?.due).toBe('2026-03-01');
  });

  it('keeps the incoming order between rows that tie, and leaves the input alone', () => {
    const rows = [
      { name: 'b', group: 'x' },
      { name: 'a', group: 'y' },
      { name: 'c', group: 'x' },
    ];
    const copy = [...rows];
    expect(sortRows(rows, (r) => r.group, 'ascending').map((r) => r.name)).toEqual(['b', 'c', 'a']);
    expect(rows).toEqual(copy);
  });

  it('ignores case and compares words as en-GB does', () => {
    expect(compareValues('adoption', 'Fostering')).toBeLessThan(0);
    expect(compareValues('Highways', 'highways')).toBe(0);
    expect(compareValues(undefined, undefined)).toBe(0);
    expect(compareValues('', 'a')).toBeGreaterThan(0);
  });

  it('turns the same column round and starts another ascending', () => {
    expect(nextSort(undefined, 'due')).toEqual({ column: 'due', direction: 'ascending' });
    expect(nextSort({ column: 'due', direction: 'ascending' }, 'due')).toEqual({
      column: 'due',
      direction: 'descending',
    });
    expect(nextSort({ column: 'due', direction: 'descending' }, 'due').direction).toBe('ascending');
    expect(nextSort({ column: 'due', direction: 'descending' }, 'owner')).toEqual({
      column: 'owner',
      direction: 'ascending',
    });
  });
});
