import { describe, expect, it } from 'vitest';
import { senderEmailsFilter } from '../../../../src/data/graphStore/senderCases';
import { correspondenceList } from '../../../../src/data/lists';

describe('senderEmailsFilter: a sender’s recent emails in Correspondence', () => {
  it('asks for the address first, then the emails on or after the day', () => {
    expect(senderEmailsFilter('jo.bloggs@example.org', '2024-06-10')).toBe(
      "fields/FromAddress eq 'jo.bloggs@example.org' and fields/At ge '2024-06-10T00:00:00Z'",
    );
  });

  it('names only indexed columns of the Correspondence list, the sender first', () => {
    const filter = senderEmailsFilter('jo.bloggs@example.org', '2024-06-10')!;
    const named = [...filter.matchAll(/fields\/(\w+)/g)].map((m) => m[1]);
    expect(named[0]).toBe('FromAddress');
    const indexed = new Set(correspondenceList.columns.filter((c) => c.indexed).map((c) => c.name));
    for (const column of named) expect(indexed, column).toContain(column);
  });

  it("doubles a quote in the address, so O'Brien cannot end the string early", () => {
    expect(senderEmailsFilter("pat.o'brien@example.org", '2024-01-31')).toBe(
      "fields/FromAddress eq 'pat.o''brien@example.org' and fields/At ge '2024-01-31T00:00:00Z'",
    );
  });

  it('trims the address and keeps the 255 characters the column keeps', () => {
    const long = `${'a'.repeat(300)}@example.org`;
    const filter = senderEmailsFilter(`  ${long} `, '2024-01-01')!;
    expect(filter).toContain(`eq '${'a'.repeat(255)}' and`);
    expect(senderEmailsFilter('  Sam@Example.org\t', '2024-01-01')).toContain(
      "eq 'Sam@Example.org' and",
    );
  });

  it('looks for nothing without an address', () => {
    expect(senderEmailsFilter('', '2024-01-01')).toBeUndefined();
    expect(senderEmailsFilter('   ', '2024-01-01')).toBeUndefined();
  });

  it('refuses a day that is not an ISO date rather than send a broken filter', () => {
    expect(() => senderEmailsFilter('a@example.org', '10/06/2024')).toThrow(RangeError);
    expect(() => senderEmailsFilter('a@example.org', "2024-01-01' or 1 eq 1")).toThrow(RangeError);
  });
});
