import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/data/store';
import { asIsoDate, type IsoDate } from '../../src/domain/primitives/brand';
import { overviewOf } from '../../src/tab/views/overview/useOverview';
import { firstLoadFor } from '../../src/tab/views/viewNames';
import { withEmulatorStore } from './data-fixtures';

// A council whose lists are large against SharePoint's list view threshold: more cases received
// in the current quarter, more closed in it and more open than the threshold lets one read
// match. The threshold is lowered to 8 so 700 fictitious cases behave as 150,000 would
// against 5,000 (docs/performance.md, 150,000 cases).
const TODAY = asIsoDate('2026-11-23');

const h = withEmulatorStore({
  largeListThreshold: 8,
  seed: { cases: 700, seed: 'large-council', today: TODAY, from: asIsoDate('2023-04-01') },
});

const references = (snapshot: Snapshot) => snapshot.cases.map((c) => c.value.reference).sort();

describe('the first view of a council larger than the threshold allows in one read', () => {
  it('comes, with the figures the whole history gives, its refused reads cut smaller', async () => {
    const full = await h.store().loadSnapshot();
    if (!full.ok) throw new Error(full.error.message);
    // What makes this council large for its threshold (checked, so the test cannot pass on
    // data that never meets a refusal).
    const cases = full.value.cases.map((c) => c.value);
    expect(cases.filter((c) => c.received >= '2026-10-01').length).toBeGreaterThan(8);
    expect(cases.filter((c) => c.status === 'open').length).toBeGreaterThan(8);

    const { widenFrom, ...first } = firstLoadFor('overview', TODAY);
    const store = h.store();
    const casesSince = (from: IsoDate) =>
      full.value.cases.filter(
        ({ value: c }) => c.received >= from || (c.closed ?? '') >= from || c.status === 'open',
      );
    // This year's records first, then last year's: each set of reads is refused and cut.
    for (const from of [first.recentFrom!, widenFrom!]) {
      const before = (await h.stats()).byStatus['500'] ?? 0;
      const recent = await store.loadSnapshot({ ...first, recentFrom: from });
      if (!recent.ok) throw new Error(recent.error.message);
      expect((await h.stats()).byStatus['500'] ?? 0).toBeGreaterThan(before);
      expect(references(recent.value)).toEqual(
        references({ ...full.value, cases: casesSince(from) }),
      );
      expect(overviewOf(recent.value, TODAY)).toEqual(
        overviewOf({ ...full.value, recentOnly: ['cases'], recentFrom: from }, TODAY),
      );
    }
  });
});
