import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../../src/data/seed/generateDemoData';
import { loadRecord, refusalReasons, refusalRecord } from '../../../../src/domain/records';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const today = asIsoDate('2026-11-23');
const data = generateDemoData({ cases: 600, seed: 'demo', today });

describe('the demo refusal register', () => {
  it('holds valid refusals with unique ids, refused on or after they came and by today', () => {
    expect(data.refusals.length).toBeGreaterThan(5);
    for (const refusal of data.refusals) {
      expect(loadRecord(refusalRecord, refusal)).toEqual({ ok: true, value: refusal });
      expect(refusal.refused >= refusal.received && refusal.refused <= today).toBe(true);
      expect(refusal.id.startsWith(`REF-${refusal.refused.slice(0, 4)}-`)).toBe(true);
    }
    expect(new Set(data.refusals.map((r) => r.id)).size).toBe(data.refusals.length);
  });

  it('uses every reason and procedure, and some refusals did not signpost the Ombudsman', () => {
    const many = generateDemoData({ cases: 3000, seed: 'demo', today }).refusals;
    expect(new Set(many.map((r) => r.reason))).toEqual(new Set(refusalReasons));
    expect(new Set(many.map((r) => r.procedure)).size).toBe(3);
    expect(many.some((r) => !r.signposted)).toBe(true);
    expect(many.filter((r) => r.signposted).length).toBeGreaterThan(many.length / 2);
  });

  it('is the same for the same seed', () => {
    const again = generateDemoData({ cases: 600, seed: 'demo', today });
    expect(again.refusals).toEqual(data.refusals);
  });
});
