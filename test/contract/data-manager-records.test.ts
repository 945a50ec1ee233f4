import { describe, expect, it } from 'vitest';
import type { Cost, OmbudsmanCase, Refusal } from '../../src/domain/records';
import { asIsoDate } from '../../src/domain/primitives/brand';
import { withEmulatorStore } from './data-fixtures';

/**
 * Ombudsman cases and costs written from the tab's forms (issue 16): created once by their
 * key, replaced only over the version the form opened (If-Match), a colleague's record with
 * the same key is never overwritten, and a value the record refuses is refused with a message.
 */
const h = withEmulatorStore();
const store = () => h.store();

const decision: OmbudsmanCase = {
  schemaVersion: 1,
  reference: '25 014 221',
  procedure: 'children_statutory',
  serviceArea: 'Fostering',
  received: asIsoDate('2025-06-02'),
  decided: asIsoDate('2025-11-20'),
  decision: 'upheld',
  injustice: true,
  remedyAmount: 350,
  remedyTypes: ['apology', 'payment'],
  complianceDue: asIsoDate('2026-01-20'),
};

const cost: Cost = {
  schemaVersion: 1,
  id: 'COST-2025-0107',
  date: asIsoDate('2025-09-15'),
  type: 'independent_person',
  amount: 412.5,
  procedure: 'children_statutory',
  serviceArea: 'Children in care',
};

async function ombudsmanInList() {
  const snapshot = await store().loadSnapshot({ parts: ['ombudsman', 'costs', 'refusals'] });
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  return snapshot.value;
}

describe('an Ombudsman case', () => {
  it('not linked to a case is saved with its procedure, service area and remedies, and read back', async () => {
    const saved = await store().saveOmbudsmanCase(decision);
    expect(saved.ok).toBe(true);
    const [read] = (await ombudsmanInList()).ombudsman;
    expect(read?.value).toEqual(decision);
    expect(read?.value.caseReference).toBeUndefined();
  });

  it('a retry of the same save returns it; another record under that reference is a conflict', async () => {
    expect((await store().saveOmbudsmanCase(decision)).ok).toBe(true);
    const other = await store().saveOmbudsmanCase({ ...decision, remedyAmount: 9999 });
    expect(other).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await ombudsmanInList()).ombudsman.map((o) => o.value.remedyAmount)).toEqual([350]);
  });

  it('an edit over the version the form opened is saved; over an older one it is refused (412)', async () => {
    const [opened] = (await ombudsmanInList()).ombudsman;
    if (!opened) throw new Error('not saved');
    const theirs = await store().saveOmbudsmanCase(
      { ...decision, complied: asIsoDate('2026-01-10') },
      opened.etag,
    );
    expect(theirs.ok).toBe(true);
    const mine = await store().saveOmbudsmanCase({ ...decision, remedyAmount: 500 }, opened.etag);
    expect(mine).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const [now] = (await ombudsmanInList()).ombudsman;
    expect(now?.value).toMatchObject({ remedyAmount: 350, complied: '2026-01-10' });
  });

  it('a record the schema refuses is refused with a message, and nothing is written', async () => {
    const refused = await store().saveOmbudsmanCase({
      ...decision,
      reference: '25 999 999',
      remedyAmount: -5,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await ombudsmanInList()).ombudsman).toHaveLength(1);
  });
});

describe('a cost', () => {
  it('not linked to a case is saved with its procedure and read back; a stale edit is refused', async () => {
    const saved = await store().saveCost(cost);
    if (!saved.ok) throw new Error(saved.error.message);
    expect((await ombudsmanInList()).costs.map((c) => c.value)).toEqual([cost]);
    const edited = await store().saveCost({ ...cost, amount: 450 }, saved.value.etag);
    expect(edited.ok).toBe(true);
    const stale = await store().saveCost({ ...cost, amount: 1 }, saved.value.etag);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await ombudsmanInList()).costs.map((c) => c.value.amount)).toEqual([450]);
  });
});

describe('a refused complaint', () => {
  const refusal: Refusal = {
    schemaVersion: 1,
    id: 'REF-2025-0003',
    received: asIsoDate('2025-08-04'),
    refused: asIsoDate('2025-08-11'),
    procedure: 'adults_statutory',
    serviceArea: 'Home care',
    reason: 'other',
    reasonOther: 'About a provider the council does not commission',
    signposted: true,
  };

  it('is saved and read back as recorded; a stale edit is refused and an edit clears a field', async () => {
    const saved = await store().saveRefusal(refusal);
    if (!saved.ok) throw new Error(saved.error.message);
    expect((await ombudsmanInList()).refusals.map((r) => r.value)).toEqual([refusal]);
    const { reasonOther: _words, ...timeLimit } = refusal;
    const edited = await store().saveRefusal(
      { ...timeLimit, reason: 'outside_time_limit' },
      saved.value.etag,
    );
    expect(edited.ok).toBe(true);
    const stale = await store().saveRefusal({ ...refusal, signposted: false }, saved.value.etag);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const [now] = (await ombudsmanInList()).refusals;
    expect(now?.value).toEqual({ ...timeLimit, reason: 'outside_time_limit' });
  });

  it('"other" without its words is refused with a message, and nothing is written', async () => {
    const { reasonOther: _words, ...wordless } = refusal;
    const refused = await store().saveRefusal({ ...wordless, id: 'REF-2025-0099' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await ombudsmanInList()).refusals.map((r) => r.value.id)).toEqual(['REF-2025-0003']);
  });
});

describe("the Ombudsman's annual figures", () => {
  const figures = {
    schemaVersion: 1 as const,
    year: '2024-25',
    enquiriesReceived: 48,
    decisions: 47,
    detailedInvestigations: 11,
    upheldPercent: 73,
    similarAuthoritiesUpheldPercent: 80,
    compliancePercent: 100,
    publicReports: 1,
  };

  it('are read back as saved, one item a year; a save over an older version is refused', async () => {
    expect(await store().readOmbudsmanYear('2024-25')).toEqual({ ok: true, value: undefined });
    const first = await store().saveOmbudsmanYear(figures, { etag: undefined });
    if (!first.ok) throw new Error(first.error.message);
    const read = await store().readOmbudsmanYear('2024-25');
    expect(read.ok && read.value?.value).toEqual(figures);
    const theirs = await store().saveOmbudsmanYear(
      { ...figures, publicReports: 2 },
      { etag: first.value.etag },
    );
    expect(theirs.ok).toBe(true);
    const mine = await store().saveOmbudsmanYear(
      { ...figures, decisions: 50 },
      { etag: first.value.etag },
    );
    expect(mine).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const late = await store().saveOmbudsmanYear(figures, { etag: undefined });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = await store().readOmbudsmanYear('2024-25');
    expect(now.ok && now.value?.value).toMatchObject({ decisions: 47, publicReports: 2 });
  });

  it('refuses a percentage over 100 with a message, writing nothing', async () => {
    const refused = await store().saveOmbudsmanYear({
      ...figures,
      year: '2023-24',
      upheldPercent: 130,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await store().readOmbudsmanYear('2023-24')).toEqual({ ok: true, value: undefined });
  });
});
