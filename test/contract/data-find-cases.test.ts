import { describe, expect, it } from 'vitest';
import { readCaseQuery, type CaseQuery } from '../../src/domain/records';
import { newComplaint, testEmail, withEmulatorStore } from './data-fixtures';

const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };

// A small threshold, so a look-up SharePoint would refuse on a large list is refused here too.
const h = withEmulatorStore({ largeListThreshold: 50 });

const query = (typed: string): CaseQuery => {
  const read = readCaseQuery(typed);
  if (read.kind === 'problem') throw new Error(read.problem);
  return read;
};

describe('findCases against the emulator: a reference, a surname or an address', () => {
  it('finds a sender’s cases, open and closed, by their surname however it is typed, and by their address', async () => {
    const store = h.store();
    const save = async (from: { name: string; address: string }, receivedAt: string) => {
      const saved = await store.saveCaseFromEmail(
        newComplaint({ received: receivedAt.slice(0, 10) as never }),
        testEmail({ from, receivedAt }),
        officer,
      );
      if (!saved.ok) throw new Error(saved.error.message);
      return saved.value.case.value.reference;
    };
    const siobhan = { name: 'Siobhán O’Dwyer', address: 'sob.findcases@example.org' };
    const first = await save(siobhan, '2024-02-01T09:00:00Z');
    const second = await save(
      { name: 'O’DWYER, S', address: 'other.findcases@example.net' },
      '2025-02-01T09:00:00Z',
    );
    const closed = await store.getCase(first as never);
    if (!closed.ok || !closed.value) throw new Error('not read');
    const responded = await store.recordStageEvent(
      closed.value.case.value.reference,
      1,
      { kind: 'responded', on: '2024-02-20', outcome: 'upheld' },
      closed.value.stages[0]!.etag,
    );
    expect(responded.ok).toBe(true);
    const other = await save(
      { name: 'Dana Odwyerson', address: 'dana.findcases@example.org' },
      '2025-03-01T09:00:00Z',
    );

    // The surname typed plainly, without the apostrophe: both of her cases, the newer first,
    // the closed one too, and the one surname it begins; typed with it, the same.
    const byName = await store.findCases(query('Odwyer'));
    expect(byName.ok && byName.value.map((f) => f.case.value.reference)).toEqual([
      other,
      second,
      first,
    ]);
    expect(byName.ok && byName.value[2]!.case.value.status).toBe('closed');
    const withApostrophe = await store.findCases(query('o’dwyer'));
    expect(withApostrophe.ok && withApostrophe.value.length).toBe(3);

    // A whole name finds by its last word, in full; a longer start leaves the others out.
    const byWhole = await store.findCases(query('Dana ODWYERSON'));
    expect(byWhole.ok && byWhole.value.map((f) => f.case.value.reference)).toEqual([other]);
    const byAddress = await store.findCases(query('SOB.findcases@example.org'));
    expect(byAddress.ok && byAddress.value.map((f) => f.case.value.reference)).toEqual([first]);

    const none = await store.findCases(query('Nobodyhere'));
    expect(none.ok && none.value).toEqual([]);
    const byReference = await store.findCases(query(second.toLowerCase()));
    expect(byReference.ok && byReference.value.map((f) => f.case.value.reference)).toEqual([
      second,
    ]);
  });

  it('asks for more of a surname when SharePoint would refuse to count its matches', async () => {
    const store = h.store();
    const list = h.provision.lists.Correspondence;
    // More emails from people whose surname begins "ha" than the threshold allows.
    await Promise.all(
      Array.from({ length: 55 }, (_, i) =>
        fetch(`${h.emulator.graphUrl}/sites/root/lists/${list}/items`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            fields: {
              Title: `Letter ${i}`,
              MessageKey: `threshold-${i}-${Date.now()}`,
              CaseReference: 'CSC-2025-9999',
              Direction: 'incoming',
              At: '2025-01-01T09:00:00Z',
              FromName: `Person Ha${i}`,
              FromSurname: `ha${i}`,
            },
          }),
        }).then((r) => expect(r.status).toBe(201)),
      ),
    );
    const found = await store.findCases(query('Ha'));
    expect(found.ok).toBe(false);
    expect(!found.ok && found.error.message).toBe(
      'Too many names begin with those letters: type more of the surname.',
    );
  });
});
