import { beforeAll, describe, expect, it } from 'vitest';
import { createGraphStore } from '../../src/data/graphStore';
import type { Snapshot } from '../../src/data/store';
import { asIsoDate, type IsoDate } from '../../src/domain/primitives/brand';
import { siteMidnight } from '../../src/data/lists/siteDates';
import { readAllPages } from '../../src/data/graph/paging';
import { openCaseRows } from '../../src/tab/data/openCases';
import { overviewOf } from '../../src/tab/views/overview/useOverview';
import { firstLoadFor } from '../../src/tab/views/viewNames';
import { newComplaint, withEmulatorStore, testEmail, type GraphClient } from './data-fixtures';

// Three and a half financial years of fictitious cases, so half the history is older than the
// Overview's window (1 April 2025 on); a low threshold makes any filter on a column that is
// not indexed fail, as SharePoint does on a large list.
const TODAY = asIsoDate('2026-11-23');
const FROM = asIsoDate('2025-04-01');
const THIS_YEAR = asIsoDate('2026-04-01');

const h = withEmulatorStore({
  largeListThreshold: 100,
  seed: { cases: 700, seed: 'recent-window', today: TODAY, from: asIsoDate('2023-04-01') },
});

beforeAll(async () => {
  // A complaint from before the window still waiting for its Stage 1 answer: it is open, and
  // its stage must come with it.
  const waiting = await h
    .store()
    .saveCaseFromEmail(
      newComplaint({ received: asIsoDate('2024-06-03') }),
      testEmail({ receivedAt: '2024-06-03T10:00:00Z' }),
      { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' },
    );
  expect(waiting.ok).toBe(true);
});

const references = (snapshot: Snapshot) => snapshot.cases.map((c) => c.value.reference).sort();
const stageKeys = (snapshot: Snapshot) =>
  snapshot.stages.map((s) => `${s.value.caseReference}#${s.value.number}`).sort();

describe('the first load of the Overview and Timeliness: only the records since last financial year', () => {
  it("reads this year's cases and stages first, then last year's, each showing what the whole history gives", async () => {
    const { widenFrom, ...first } = firstLoadFor('overview', TODAY);
    expect(first).toEqual({ parts: ['cases', 'stages', 'ombudsman'], recentFrom: THIS_YEAR });
    expect(widenFrom).toBe(FROM);
    const full = await h.store().loadSnapshot();
    const { client, gets } = recording(h.client);
    const store = createGraphStore(client, { siteId: 'root' });
    const thisYear = await store.loadSnapshot(first);
    if (!full.ok || !thisYear.ok) throw new Error('a load failed');
    expect(thisYear.value.recentOnly).toEqual(['cases', 'stages']);
    expect(thisYear.value.recentFrom).toBe(THIS_YEAR);
    expect(thisYear.value.unloaded).toEqual(expect.arrayContaining(['cases', 'stages', 'actions']));
    expect(thisYear.value.problems).toBeUndefined();

    // Exactly the cases received, closed or open since, and the stages requested, answered or
    // waiting since: a good deal less than everything.
    const casesSince = (from: IsoDate) =>
      full.value.cases.filter(
        ({ value: c }) => c.received >= from || (c.closed ?? '') >= from || c.status === 'open',
      );
    const stagesSince = (from: IsoDate) =>
      full.value.stages.filter(
        ({ value: s }) => s.requested >= from || (s.responded ?? from) >= from,
      );
    expect(references(thisYear.value)).toEqual(
      references({ ...full.value, cases: casesSince(THIS_YEAR) }),
    );
    expect(casesSince(THIS_YEAR).length).toBeLessThan(casesSince(FROM).length * 0.75);
    expect(stageKeys(thisYear.value)).toEqual(
      stageKeys({ ...full.value, stages: stagesSince(THIS_YEAR) }),
    );
    // This year's figures as the whole history gives them; last year's said to be on the way.
    const shownFrom = (from: IsoDate) => ({
      ...full.value,
      recentOnly: ['cases' as const],
      recentFrom: from,
    });
    const thisYearShown = overviewOf(thisYear.value, TODAY);
    expect(thisYearShown.previousYearPending).toBe(true);
    expect(thisYearShown).toEqual(overviewOf(shownFrom(THIS_YEAR), TODAY));
    // Timeliness shows from the same read: every open case with the same clock.
    const rows = (snapshot: Snapshot) =>
      openCaseRows(snapshot, TODAY).sort((a, b) => a.reference.localeCompare(b.reference));
    expect(rows(thisYear.value).length).toBeGreaterThan(0);
    expect(rows(thisYear.value)).toEqual(rows(full.value));

    // Widened back to last April: only what that adds is asked for, every read ending at this
    // April, and no delta link taken again.
    gets.length = 0;
    const lastYear = await store.loadSnapshot({ ...first, recentFrom: FROM });
    if (!lastYear.ok) throw new Error(lastYear.error.message);
    expect(lastYear.value.recentOnly).toEqual(['cases', 'stages']);
    expect(lastYear.value.recentFrom).toBe(FROM);
    expect(references(lastYear.value)).toEqual(
      references({ ...full.value, cases: casesSince(FROM) }),
    );
    expect(stageKeys(lastYear.value)).toEqual(
      stageKeys({ ...full.value, stages: stagesSince(FROM) }),
    );
    expect(overviewOf(lastYear.value, TODAY)).toEqual(overviewOf(full.value, TODAY));
    const filtered = gets.filter((url) => url.includes('$filter='));
    expect(filtered.length).toBeGreaterThan(0);
    for (const url of filtered) {
      // Every read ends by this April and none starts at it or later.
      expect(url).toMatch(/ lt '/);
      for (const [, start] of url.matchAll(/ ge '([^']+)'/g))
        expect(start! < siteMidnight(THIS_YEAR)).toBe(true);
    }
    expect(gets.filter((url) => url.includes('token=latest'))).toEqual([]);

    // The history before last April completes it: every case and stage.
    const whole = await store.loadSnapshot({ parts: ['cases', 'stages'] });
    if (!whole.ok) throw new Error(whole.error.message);
    expect(whole.value.recentOnly).toBeUndefined();
    expect(references(whole.value)).toEqual(references(full.value));
    expect(stageKeys(whole.value)).toEqual(stageKeys(full.value));
  });

  it('keeps the recent records on show while the full read runs', async () => {
    const store = h.store();
    const recent = await store.loadSnapshot({ parts: ['cases'], recentFrom: FROM });
    if (!recent.ok) throw new Error(recent.error.message);
    // SharePoint is slow to enumerate the cases; another list loads meanwhile.
    await h.control('POST', 'faults', {
      faults: [{ latencyMs: 1000, pathPattern: 'items/delta.*fields\\(\\$select=Reference,' }],
    });
    const full = store.loadSnapshot({ parts: ['cases'] });
    const meanwhile = await store.loadSnapshot({ parts: ['actions'] });
    if (!meanwhile.ok) throw new Error(meanwhile.error.message);
    expect(meanwhile.value.cases).toHaveLength(recent.value.cases.length);
    expect(meanwhile.value.recentOnly).toEqual(['cases']);
    const done = await full;
    expect(done.ok && done.value.recentOnly).toBeUndefined();
    expect(done.ok && done.value.cases.length).toBeGreaterThan(recent.value.cases.length);
  });

  it('then reads the lists in full, and a case deleted in between is gone', async () => {
    const store = h.store();
    const recent = await store.loadSnapshot({ parts: ['cases'], recentFrom: FROM });
    if (!recent.ok) throw new Error(recent.error.message);
    const gone = recent.value.cases[0]!;
    await h.client.delete(`/sites/root/lists/${h.provision.lists.Cases}/items/${gone.itemId}`);

    const full = await store.loadSnapshot({ parts: ['cases'] });
    if (!full.ok) throw new Error(full.error.message);
    expect(full.value.recentOnly).toBeUndefined();
    expect(full.value.unloaded).not.toContain('cases');
    expect(references(full.value)).not.toContain(gone.value.reference);
    expect(full.value.cases.length).toBeGreaterThan(recent.value.cases.length);

    // From then on a refresh replays changes: one request for the cases.
    await store.loadSnapshot({ parts: ['cases'], recentFrom: FROM });
    expect(store.lastSnapshotRequests()).toBe(2); // the cases and the settings
  });

  it('completes the history by filter, side by side: no delta enumeration, no item read twice, changes made meanwhile kept', async () => {
    const { client, gets } = recording(h.client);
    const store = createGraphStore(client, { siteId: 'root' });
    const recent = await store.loadSnapshot(firstLoadFor('overview', TODAY));
    if (!recent.ok) throw new Error(recent.error.message);
    // The first view took a delta link for the cases and the stages before reading any item.
    const firstView = gets.splice(0);
    const latest = firstView.filter((url) => url.includes('token=latest'));
    expect(latest).toHaveLength(2);

    // Meanwhile someone closes a recent case and records an old complaint.
    const closing = recent.value.cases.find((c) => c.value.status === 'open')!;
    const closed = await store.updateCase(
      closing.value.reference,
      { status: 'closed', closed: TODAY },
      closing.etag,
    );
    expect(closed.ok).toBe(true);
    const old = await store.saveCaseFromEmail(
      newComplaint({ received: asIsoDate('2019-05-07') }),
      testEmail({ receivedAt: '2019-05-07T10:00:00Z' }),
      { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' },
    );
    if (!old.ok) throw new Error(old.error.message);
    gets.length = 0;
    const refusedBefore = (await h.stats()).byStatus['500'] ?? 0;

    const full = await store.loadSnapshot({ parts: ['cases', 'stages'] });
    if (!full.ok) throw new Error(full.error.message);
    expect(full.value.recentOnly).toBeUndefined();
    // Only filtered reads, and one replay of each list's changes from the link taken before.
    const enumerations = gets.filter((url) => /items\/delta\?(?!.*token=)/.test(url));
    expect(enumerations).toEqual([]);
    const replays = gets.filter((url) => /items\/delta/.test(url));
    expect(replays).toHaveLength(3); // the cases', the stages' and the settings'
    // The threshold here is 100 items: years of history above it were refused, cut and asked again.
    const refused = (await h.stats()).byStatus['500'] ?? 0;
    expect(refused - refusedBefore).toBeGreaterThan(0);

    // The same as a store that enumerated everything by delta.
    const plain = await h.store().loadSnapshot({
      parts: ['cases', 'stages'],
    });
    if (!plain.ok) throw new Error(plain.error.message);
    expect(references(full.value)).toEqual(references(plain.value));
    expect(stageKeys(full.value)).toEqual(stageKeys(plain.value));
    const byRef = new Map(full.value.cases.map((c) => [c.value.reference, c]));
    expect(byRef.get(closing.value.reference)?.value.status).toBe('closed');
    expect(byRef.has(old.value.case.value.reference)).toBe(true);
  });
});

describe('a list with no recent window, larger than the threshold: correspondence', () => {
  it('is read in full a year at a time side by side, refused years cut smaller, the same items as an enumeration', async () => {
    const { client, gets } = recording(h.client);
    const store = createGraphStore(client, { siteId: 'root', listThreshold: 100 });
    // Its size is not known before it is read, but it has an item or more for each case.
    const cases = await store.loadSnapshot({ parts: ['cases'] });
    expect(cases.ok && cases.value.cases.length).toBeGreaterThan(100);
    gets.length = 0;
    const refusedBefore = (await h.stats()).byStatus['500'] ?? 0;
    const loaded = await store.loadSnapshot({ parts: ['correspondence'] });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const byDate = gets.filter((url) => url.includes('fields/At'));
    const list = /\/lists\/([^/]+)\/items/.exec(byDate[0] ?? '')?.[1];
    expect(list).toBeDefined();
    // A delta link taken first, then only filtered reads: no chain of delta pages.
    const deltas = gets.filter((url) => url.includes(`lists/${list}/items/delta`));
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.filter((url) => !url.includes('token='))).toEqual([]);
    expect(byDate.length).toBeGreaterThanOrEqual(9);
    // The threshold here is 100 items: a year of correspondence is over it, so refused and cut.
    expect(((await h.stats()).byStatus['500'] ?? 0) - refusedBefore).toBeGreaterThan(0);

    const everything = await readAllPages<{ id: string }>(
      h.client,
      `/sites/root/lists/${list}/items?$select=id&$top=5000`,
    );
    expect(loaded.value.correspondence.length).toBeGreaterThan(700);
    expect(loaded.value.correspondence.map((c) => c.itemId).sort()).toEqual(
      everything.items.map((item) => item.id).sort(),
    );
  });

  it('is one delta enumeration when no more items than a page are expected', async () => {
    const { client, gets } = recording(h.client);
    const store = createGraphStore(client, { siteId: 'root', listThreshold: 100 });
    const loaded = await store.loadSnapshot({ parts: ['correspondence'] });
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(gets.filter((url) => url.includes('fields/At'))).toEqual([]);
    expect(loaded.value.correspondence.length).toBeGreaterThan(700);
  });
});

/** The client, with every GET's address recorded (the pages a load asked for). */
function recording(client: GraphClient): { client: GraphClient; gets: string[] } {
  const gets: string[] = [];
  return {
    gets,
    client: {
      ...client,
      get: <T>(path: string, options?: Parameters<GraphClient['get']>[1]) => {
        gets.push(decodeURIComponent(path));
        return client.get<T>(path, options);
      },
    },
  };
}
