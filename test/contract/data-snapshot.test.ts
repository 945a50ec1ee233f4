import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphStore } from '../../src/data/graphStore';
import { runBatch } from '../../src/data/graph/batch';
import { casesList } from '../../src/data/lists';
import { forCreate } from '../../src/data/lists/fieldValues';
import { referenceKey } from '../../src/data/graphStore/messageKey';
import { feedbackCaseRecord, formatReference, loadRecord } from '../../src/domain/records';
import { startProvisionedEmulator, type Harness } from './data-fixtures';

const THRESHOLD = 50;
let h: Harness;

beforeAll(async () => {
  h = await startProvisionedEmulator({ largeListThreshold: THRESHOLD });
  // More cases than the large-list threshold, written through $batch.
  const casesPath = `/sites/root/lists/${h.provision.lists.Cases}/items`;
  const requests = Array.from({ length: THRESHOLD + 30 }, (_, i) => {
    const loaded = loadRecord(feedbackCaseRecord, {
      schemaVersion: 2,
      reference: formatReference('CORP', 2025, i + 1),
      type: 'complaint',
      procedure: 'corporate',
      status: i % 3 === 0 ? 'closed' : 'open',
      currentStage: 1,
      received: '2025-05-01',
    });
    if (!loaded.ok) throw new Error(loaded.error.message);
    return {
      method: 'POST' as const,
      url: casesPath,
      body: {
        fields: forCreate({
          ...casesList.toFields(loaded.value),
          MessageKey: referenceKey(loaded.value.reference),
        }),
      },
    };
  });
  const answers = await runBatch(h.client, requests);
  expect(answers.every((a) => a.status === 201)).toBe(true);
});
afterAll(async () => h.close());

describe('the snapshot past the large-list threshold', () => {
  it('loads every item and the lookups still work (indexed filters)', async () => {
    const store = createGraphStore(h.client, { siteId: 'root' });
    const snapshot = await store.loadSnapshot();
    expect(snapshot.ok).toBe(true);
    if (!snapshot.ok) return;
    expect(snapshot.value.cases).toHaveLength(THRESHOLD + 30);
    expect(snapshot.value.problems).toBeUndefined();
    const found = await store.getCase(formatReference('CORP', 2025, 77));
    expect(found.ok && found.value?.case.value.reference).toBe('CORP-2025-0077');
  });

  it('costs one request per list when nothing changed, and sees a change after', async () => {
    const store = createGraphStore(h.client, { siteId: 'root' });
    await store.loadSnapshot();
    await h.control('POST', 'stats/reset');
    const unchanged = await store.loadSnapshot();
    const stats = await h.stats();
    expect(stats.requests).toBe(9);
    expect(store.lastSnapshotRequests()).toBe(9);
    if (!unchanged.ok) throw new Error(unchanged.error.message);
    const target = unchanged.value.cases.find((c) => c.value.reference === 'CORP-2025-0003')!;
    const updated = await store.updateCase(
      target.value.reference,
      { summary: 'Updated' },
      target.etag,
    );
    expect(updated.ok).toBe(true);
    const after = await store.loadSnapshot();
    expect(
      after.ok &&
        after.value.cases.find((c) => c.value.reference === 'CORP-2025-0003')?.value.summary,
    ).toBe('Updated');
    expect(after.ok && after.value.cases).toHaveLength(THRESHOLD + 30);
  });

  it('starts again from a full read when the delta token expired (410)', async () => {
    const store = createGraphStore(h.client, { siteId: 'root' });
    await store.loadSnapshot();
    await h.control('POST', 'delta/expire');
    const again = await store.loadSnapshot();
    expect(again.ok && again.value.cases).toHaveLength(THRESHOLD + 30);
  });
});
