import { describe, expect, it } from 'vitest';
import type { Correspondence } from '../../../src/domain/records';
import { buildCaseIndex, searchCases } from '../../../src/tab/data/caseSearch';
import { complaint, ref, snapshot, stored } from './snapshotBuilder';

// Fictitious people and cases only.
function site() {
  const base = snapshot({
    cases: [
      complaint('CSC-2026-0042', { serviceArea: 'Fostering', summary: 'Missed contact visits' }),
      complaint('CSC-2026-0142', { serviceArea: 'Adoption', summary: 'Letters not answered' }),
      complaint('CORP-2026-0007', {
        procedure: 'corporate',
        status: 'closed',
        serviceArea: 'Waste and recycling',
        summary: 'Bins not collected on Smith Street',
      }),
      complaint('CORP-2026-0008', {
        procedure: 'corporate',
        serviceArea: 'Highways',
        summary: 'Pothole',
      }),
    ],
  });
  const mail = (caseReference: string, fromName: string, direction: 'incoming' | 'outgoing') =>
    stored<Correspondence>({
      schemaVersion: 1,
      caseReference: ref(caseReference),
      direction,
      channel: 'email',
      at: '2026-01-05T09:00:00Z' as Correspondence['at'],
      subject: '',
      fromName,
    });
  return {
    ...base,
    correspondence: [
      mail('CSC-2026-0042', 'Dana Okafor-Smith', 'incoming'),
      mail('CORP-2026-0008', 'Jo Blacksmith', 'incoming'),
      // The council's own reply is not the complainant.
      mail('CSC-2026-0142', 'Okafor Team Leader', 'outgoing'),
    ],
  };
}

const refs = (hits: { reference: string }[]) => hits.map((h) => h.reference);

describe('finding a case from the header', () => {
  const index = buildCaseIndex(site());

  it('finds a reference whole, in any case, or by its number', () => {
    expect(searchCases(index, 'csc-2026-0042')).toMatchObject([
      { reference: 'CSC-2026-0042', matchedBy: 'reference' },
    ]);
    // The exact one first, then the one whose reference holds it.
    expect(refs(searchCases(index, '0042'))).toEqual(['CSC-2026-0042']);
    expect(refs(searchCases(index, '142'))).toEqual(['CSC-2026-0142']);
  });

  it('finds the complainant by surname, from the start of a word, not the council’s replies', () => {
    expect(searchCases(index, 'okafor')).toEqual([
      {
        reference: 'CSC-2026-0042',
        matchedBy: 'name',
        detail: 'Dana Okafor-Smith',
        status: 'open',
      },
    ]);
    // "smith" starts a word of Okafor-Smith and of Smith Street, not of Blacksmith.
    expect(refs(searchCases(index, 'smith'))).toEqual(['CSC-2026-0042', 'CORP-2026-0007']);
  });

  it('finds by service area and summary words, every word needed', () => {
    expect(searchCases(index, 'waste')).toMatchObject([
      { reference: 'CORP-2026-0007', matchedBy: 'service area', detail: 'Waste and recycling' },
    ]);
    expect(refs(searchCases(index, 'contact visits'))).toEqual(['CSC-2026-0042']);
    expect(refs(searchCases(index, 'contact pothole'))).toEqual([]);
  });

  it('asks for two characters at least, and keeps to the limit', () => {
    expect(searchCases(index, ' c ')).toEqual([]);
    expect(searchCases(index, 'not', 1)).toHaveLength(1);
  });

  it('says when names and summaries are not in yet', () => {
    expect(buildCaseIndex(site()).complete).toBe(true);
    expect(buildCaseIndex({ ...site(), unloaded: ['correspondence'] }).complete).toBe(false);
  });
});
