import { describe, expect, it } from 'vitest';
import { casesList, correspondenceList, stagesList } from '../../../../src/data/lists';
import {
  everyYear,
  filterText,
  narrowerReads,
  quarterRangesBetween,
  quartersSince,
  yearsBefore,
} from '../../../../src/data/lists/recentFilters';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const d = asIsoDate;

describe('quartersSince', () => {
  it('cuts the window into quarters up to today, the last one open-ended, each bound at midnight in UK time', () => {
    // 1 April, 1 July and 1 October are in British Summer Time: midnight is 23:00 UTC the day before.
    expect(quartersSince('Received', d('2025-04-01'), d('2025-11-23'))).toEqual([
      "fields/Received ge '2025-03-31T23:00:00Z' and fields/Received lt '2025-06-30T23:00:00Z'",
      "fields/Received ge '2025-06-30T23:00:00Z' and fields/Received lt '2025-09-30T23:00:00Z'",
      "fields/Received ge '2025-09-30T23:00:00Z'",
    ]);
  });

  it('crosses the new year, and a window that starts today is one open-ended filter', () => {
    expect(quartersSince('Requested', d('2025-11-15'), d('2026-03-01'))).toEqual([
      "fields/Requested ge '2025-11-15T00:00:00Z' and fields/Requested lt '2026-02-01T00:00:00Z'",
      "fields/Requested ge '2026-02-01T00:00:00Z'",
    ]);
    expect(quartersSince('Received', d('2026-11-23'), d('2026-11-23'))).toEqual([
      "fields/Received ge '2026-11-23T00:00:00Z'",
    ]);
  });
});

describe('quarterRangesBetween', () => {
  it('cuts a year between two Aprils into four bounded quarters, and a part-quarter ends at its end', () => {
    expect(quarterRangesBetween('Received', d('2025-04-01'), d('2026-04-01'))).toEqual([
      { column: 'Received', from: '2025-04-01', to: '2025-07-01' },
      { column: 'Received', from: '2025-07-01', to: '2025-10-01' },
      { column: 'Received', from: '2025-10-01', to: '2026-01-01' },
      { column: 'Received', from: '2026-01-01', to: '2026-04-01' },
    ]);
    expect(quarterRangesBetween('Closed', d('2025-11-15'), d('2026-01-10'))).toEqual([
      { column: 'Closed', from: '2025-11-15', to: '2026-01-10' },
    ]);
    expect(quarterRangesBetween('Closed', d('2026-04-01'), d('2026-04-01'))).toEqual([]);
  });
});

describe('recentFilters', () => {
  it('filters only on indexed columns (SharePoint refuses others on a large list)', () => {
    for (const list of [casesList, stagesList]) {
      const indexed = new Set(list.columns.filter((c) => c.indexed).map((c) => c.name));
      const filters = [
        ...list.recentFilters!(d('2025-04-01'), d('2026-11-23')),
        ...list.historyFilters!(d('2025-04-01')),
        ...list.widerFilters!(d('2024-04-01'), d('2025-04-01')),
      ].map(filterText);
      const columns = filters.flatMap((f) => [...f.matchAll(/fields\/(\w+)/g)].map((m) => m[1]));
      expect(columns.length).toBeGreaterThan(0);
      for (const column of columns) expect(indexed, `${list.key}.${column}`).toContain(column);
    }
  });
});

describe('the history before the recent window', () => {
  it('is a range per year back from the window, newest first, then everything older', () => {
    expect(yearsBefore('Received', d('2025-04-01'), 2).map(filterText)).toEqual([
      "fields/Received ge '2024-03-31T23:00:00Z' and fields/Received lt '2025-03-31T23:00:00Z'",
      "fields/Received ge '2023-03-31T23:00:00Z' and fields/Received lt '2024-03-31T23:00:00Z'",
      "fields/Received lt '2023-03-31T23:00:00Z'",
    ]);
  });

  it('with the recent filters, matches every case whatever its dates (each filter checked by hand)', () => {
    // Cases as SharePoint would test them: received, closed and status, against each filter.
    const from = d('2025-04-01');
    const today = d('2026-11-23');
    const samples = [
      { received: '2009-02-01', closed: '2009-03-01', status: 'closed' },
      { received: '2018-04-01', closed: null, status: 'open' },
      { received: '2024-03-31', closed: '2025-04-01', status: 'closed' },
      { received: '2025-03-31', closed: '2025-03-31', status: 'closed' },
      { received: '2025-04-01', closed: null, status: 'open' },
      { received: '2026-11-23', closed: null, status: 'open' },
      { received: '2026-12-30', closed: null, status: 'open' },
    ];
    const filters = [...casesList.recentFilters!(from, today), ...casesList.historyFilters!(from)];
    for (const sample of samples) {
      const matching = filters.filter((f) => matches(filterText(f), sample));
      expect(matching.length, JSON.stringify(sample)).toBeGreaterThan(0);
    }
  });
});

describe('everyYear: a whole list read side by side', () => {
  it('is a year at a time back from next month, newest first, then the older and the later', () => {
    expect(everyYear('At', d('2026-11-23')).map(filterText)).toEqual([
      "fields/At ge '2025-12-01T00:00:00Z' and fields/At lt '2026-12-01T00:00:00Z'",
      "fields/At ge '2024-12-01T00:00:00Z' and fields/At lt '2025-12-01T00:00:00Z'",
      "fields/At ge '2023-12-01T00:00:00Z' and fields/At lt '2024-12-01T00:00:00Z'",
      "fields/At ge '2022-12-01T00:00:00Z' and fields/At lt '2023-12-01T00:00:00Z'",
      "fields/At ge '2021-12-01T00:00:00Z' and fields/At lt '2022-12-01T00:00:00Z'",
      "fields/At ge '2020-12-01T00:00:00Z' and fields/At lt '2021-12-01T00:00:00Z'",
      "fields/At ge '2019-12-01T00:00:00Z' and fields/At lt '2020-12-01T00:00:00Z'",
      "fields/At lt '2019-12-01T00:00:00Z'",
      "fields/At ge '2026-12-01T00:00:00Z'",
    ]);
  });

  it('leaves no gap: each range starts where the one after it in time ends', () => {
    const ranges = everyYear('At', d('2026-03-31'));
    const dated = ranges.slice(0, -2);
    for (const [i, range] of dated.entries()) {
      const older = ranges[i + 1]!;
      expect(older.to, JSON.stringify(range)).toBe(range.from);
    }
    expect(ranges.at(-1)).toEqual({ column: 'At', from: dated[0]!.to });
  });

  it('filters correspondence on an indexed column only', () => {
    const indexed = new Set(correspondenceList.columns.filter((c) => c.indexed).map((c) => c.name));
    const filters = correspondenceList.wholeListFilters!(d('2026-11-23')).map(filterText);
    const columns = filters.flatMap((f) => [...f.matchAll(/fields\/(\w+)/g)].map((m) => m[1]));
    expect(new Set(columns)).toEqual(new Set(['At']));
    expect(indexed).toContain('At');
  });
});

describe('narrowerReads', () => {
  it('cuts a bounded range at its middle day, keeping what follows the date', () => {
    const range = { column: 'Closed', from: d('2025-01-01'), to: d('2025-03-01'), and: 'x eq 1' };
    expect(narrowerReads(range)).toEqual([
      { column: 'Closed', from: d('2025-01-01'), to: d('2025-01-30'), and: 'x eq 1' },
      { column: 'Closed', from: d('2025-01-30'), to: d('2025-03-01'), and: 'x eq 1' },
    ]);
  });

  it('cuts a range with no start seven years back, and leaves a day whole', () => {
    expect(narrowerReads({ column: 'Received', to: d('2023-04-01') })).toEqual([
      { column: 'Received', from: d('2016-04-01'), to: d('2023-04-01') },
      { column: 'Received', to: d('2016-04-01') },
    ]);
    expect(narrowerReads({ column: 'Received', from: d('2025-01-01'), to: d('2025-01-02') })).toBe(
      undefined,
    );
  });

  it('cuts a range with no end into the year from its start and all that is later', () => {
    // The current quarter of a council receiving more than 20,000 a year.
    expect(narrowerReads({ column: 'Received', from: d('2026-10-01') })).toEqual([
      { column: 'Received', from: d('2026-10-01'), to: d('2027-10-01') },
      { column: 'Received', from: d('2027-10-01') },
    ]);
  });

  it('puts the date first when a read led by another condition is refused', () => {
    const open = { column: 'Received', to: d('2025-04-01'), first: "fields/CaseStatus eq 'open'" };
    expect(filterText(open)).toBe(
      "fields/CaseStatus eq 'open' and fields/Received lt '2025-03-31T23:00:00Z'",
    );
    const led = narrowerReads(open)!;
    expect(led.map(filterText)).toEqual([
      "fields/Received lt '2025-03-31T23:00:00Z' and fields/CaseStatus eq 'open'",
    ]);
    // Then cut by its date like any other, the condition kept on each part.
    expect(narrowerReads(led[0]!)!.map(filterText)).toEqual([
      "fields/Received ge '2018-03-31T23:00:00Z' and fields/Received lt '2025-03-31T23:00:00Z' and fields/CaseStatus eq 'open'",
      "fields/Received lt '2018-03-31T23:00:00Z' and fields/CaseStatus eq 'open'",
    ]);
  });
});

/**
 * A small reading of the filters this file builds (`and` of `ge`/`lt`/`eq` clauses over
 * fields/Received, fields/Closed and fields/CaseStatus), written here from OData's meaning.
 */
function matches(
  filter: string,
  sample: { received: string; closed: string | null; status: string },
): boolean {
  const dayOf = (instant: string) => {
    // A literal is midnight in UK time; the calendar day is that instant plus up to an hour.
    const t = Date.parse(instant) + 3_600_000;
    return new Date(t).toISOString().slice(0, 10);
  };
  return filter.split(' and ').every((clause) => {
    const m = /^fields\/(\w+) (ge|lt|eq) (?:'([^']*)'|null)$/.exec(clause);
    if (!m) throw new Error(`unexpected clause ${clause}`);
    const [, column, op, literal] = m;
    const value =
      column === 'Received' ? sample.received : column === 'Closed' ? sample.closed : sample.status;
    if (op === 'eq') return literal === undefined ? value === null : value === literal;
    if (value === null) return false;
    const day = dayOf(literal!);
    return op === 'ge' ? value >= day : value < day;
  });
}
