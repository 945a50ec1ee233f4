import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/data/graph/batch';
import { casesList } from '../../src/data/lists';
import { forCreate } from '../../src/data/lists/fieldValues';
import { referenceKey } from '../../src/data/graphStore/messageKey';
import { feedbackCaseRecord, formatReference, loadRecord } from '../../src/domain/records';
import { newComplaint, withEmulatorStore, testEmail } from './data-fixtures';

const THRESHOLD = 50;

const h = withEmulatorStore({ largeListThreshold: THRESHOLD });

beforeAll(async () => {
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

describe('the snapshot past the large-list threshold', () => {
  it('loads every item and the lookups still work (indexed filters)', async () => {
    const store = h.store();
    const snapshot = await store.loadSnapshot();
    expect(snapshot.ok).toBe(true);
    if (!snapshot.ok) return;
    expect(snapshot.value.cases).toHaveLength(THRESHOLD + 30);
    expect(snapshot.value.problems).toBeUndefined();
    const found = await store.getCase(formatReference('CORP', 2025, 77));
    expect(found.ok && found.value?.case.value.reference).toBe('CORP-2025-0077');
  });

  it('costs one request per list when nothing changed, and sees a change after', async () => {
    const store = h.store();
    await store.loadSnapshot();
    await h.control('POST', 'stats/reset');
    const unchanged = await store.loadSnapshot();
    const stats = await h.stats();
    expect(stats.requests).toBe(11);
    expect(store.lastSnapshotRequests()).toBe(11);
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

  it('gives back the same snapshot object after an unchanged refresh, a new one after a change', async () => {
    const store = h.store();
    const first = await store.loadSnapshot();
    const second = await store.loadSnapshot();
    if (!first.ok || !second.ok) throw new Error('the snapshot did not load');
    expect(second.value).toBe(first.value);
    const target = second.value.cases.find((c) => c.value.reference === 'CORP-2025-0005')!;
    const updated = await store.updateCase(
      target.value.reference,
      { summary: 'Changed' },
      target.etag,
    );
    expect(updated.ok).toBe(true);
    const third = await store.loadSnapshot();
    if (!third.ok) throw new Error(third.error.message);
    expect(third.value).not.toBe(second.value);
    expect(third.value.cases).not.toBe(second.value.cases);
    // Lists that did not change keep their arrays, so figures derived from them stay memoised.
    expect(third.value.stages).toBe(second.value.stages);
  });

  it('starts again from a full read when the delta token expired (410)', async () => {
    const store = h.store();
    await store.loadSnapshot();
    await h.control('POST', 'delta/expire');
    const again = await store.loadSnapshot();
    expect(again.ok && again.value.cases).toHaveLength(THRESHOLD + 30);
  });
  it('loads only the parts asked for, and a later load reads the others', async () => {
    const writer = h.store();
    const saved = await writer.saveCaseFromEmail(
      newComplaint({ procedure: 'corporate' }),
      testEmail(),
      { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' },
    );
    expect(saved.ok).toBe(true);
    const store = h.store();
    await h.control('POST', 'stats/reset');
    const first = await store.loadSnapshot({ parts: ['cases', 'stages'] });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.unloaded).toEqual([
      'correspondence',
      'actions',
      'plans',
      'signOffs',
      'ombudsman',
      'costs',
      'refusals',
      'demand',
    ]);
    expect(first.value.correspondence).toEqual([]);
    expect(first.value.cases.length).toBeGreaterThan(THRESHOLD);
    expect(store.lastSnapshotRequests()).toBe(3); // cases, stages and the settings
    expect((await h.stats()).requests).toBe(3 + 1); // and the one look-up of the list ids

    // The rest: the lists not loaded yet, without refreshing the others again.
    const rest = await store.loadSnapshot({ parts: first.value.unloaded ?? [] });
    if (!rest.ok) throw new Error(rest.error.message);
    expect(rest.value.unloaded).toBeUndefined();
    expect(rest.value.cases).toBe(first.value.cases);
    expect(rest.value.correspondence.length).toBeGreaterThan(0);
    expect(rest.value.correspondence[0]!.value).not.toHaveProperty('messageKey');
    // Seven lists and the settings a request each; the correspondence, past the threshold
    // as the cases are, a year at a time: a delta link first, nine years, the changes since.
    expect(store.lastSnapshotRequests()).toBe(7 + 1 + 11);

    const refreshed = await store.loadSnapshot();
    expect(refreshed.ok && refreshed.value).toBe(rest.value);
    expect(store.lastSnapshotRequests()).toBe(11); // one a list: nothing changed
  });
});

describe('items the snapshot cannot read', () => {
  it('leaves them out and names their list, item id and why, never their content', async () => {
    const casesPath = `/sites/root/lists/${h.provision.lists.Cases}/items`;
    const post = (fields: Record<string, unknown>) =>
      h.client.post<{ id: string }>(casesPath, { fields });
    // One from a future version of the app, one with a date nobody can read.
    const future = await post({
      Title: 'CORP-2025-0901',
      Reference: 'CORP-2025-0901',
      SchemaVersion: 9,
      FeedbackType: 'complaint',
      CaseStatus: 'open',
      Received: '2025-05-01',
      Summary: 'Private words from Pat Example',
    });
    const broken = await post({
      Title: 'CORP-2025-0902',
      Reference: 'CORP-2025-0902',
      SchemaVersion: 2,
      FeedbackType: 'no-such-type',
      CaseStatus: 'open',
      Received: '2025-05-01',
      Summary: 'More private words',
    });
    const store = h.store();
    const snapshot = await store.loadSnapshot({ parts: ['cases'] });
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const problems = snapshot.value.problems ?? [];
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          part: 'cases',
          listName: 'Cases',
          itemId: future.id,
          reason: 'saved by a newer version of Feedback Desk (v9): update the app',
        },
        {
          part: 'cases',
          listName: 'Cases',
          itemId: broken.id,
          reason: 'unreadable value in: type',
        },
      ]),
    );
    expect(JSON.stringify(problems)).not.toMatch(/private|no-such-type|CORP-2025-090/i);
    const references = snapshot.value.cases.map((c) => c.value.reference);
    expect(references).not.toContain('CORP-2025-0901');
    expect(references).not.toContain('CORP-2025-0902');
  });
});
