import { describe, expect, it } from 'vitest';
import type { BrowserListCache, CachedList, CachedPart } from '../../src/data/browserCache';
import type { Snapshot } from '../../src/data/store';
import type { FeedbackCase, Stage } from '../../src/domain/records';
import { asIsoDate } from '../../src/domain/primitives/brand';
import { overviewOf } from '../../src/tab/views/overview/useOverview';
import { firstLoadFor } from '../../src/tab/views/viewNames';
import { withEmulatorStore } from './data-fixtures';

// The browser cache of the Overview's lists (issue 19): a re-open starts from what the browser
// kept and brings it up to date with one delta request per list; what is kept holds nothing
// personal. The browser's IndexedDB is stood in for by a Map here; the browser test reads the
// real one (test/e2e/tab-storage.spec.ts).
const TODAY = asIsoDate('2026-11-23');

const h = withEmulatorStore({
  largeListThreshold: 100,
  seed: { cases: 400, seed: 'browser-cache', today: TODAY, from: asIsoDate('2023-04-01') },
});

/**
 * A browser cache in memory that keeps what it is given as JSON, as IndexedDB would clone it,
 * and logs each write: `list` for a whole list, `link` for a link moved on alone.
 */
function memoryCache(): BrowserListCache & {
  readonly kept: Map<CachedPart, string>;
  readonly writes: string[];
} {
  const kept = new Map<CachedPart, string>();
  const writes: string[] = [];
  let listIds: string | undefined;
  return {
    kept,
    writes,
    readListIds: async () =>
      listIds === undefined ? undefined : (JSON.parse(listIds) as Record<string, string>),
    writeListIds: async (ids) => {
      listIds = JSON.stringify(ids);
    },
    read: async (part) => {
      const json = kept.get(part);
      return json === undefined ? undefined : (JSON.parse(json) as CachedList);
    },
    readDeltaLink: async (part) => {
      const json = kept.get(part);
      return json === undefined ? undefined : (JSON.parse(json) as CachedList).deltaLink;
    },
    write: async (part, list) => {
      writes.push(`${part} list`);
      kept.set(part, JSON.stringify(list));
    },
    advanceDeltaLink: async (part, from, to) => {
      const json = kept.get(part);
      const list = json === undefined ? undefined : (JSON.parse(json) as CachedList);
      if (list?.deltaLink !== from) return;
      writes.push(`${part} link`);
      kept.set(part, JSON.stringify({ ...list, deltaLink: to }));
    },
  };
}

/** Writes are made when the page is idle; in Node, on a later task. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Every personal text in the snapshot: what must never reach the browser's storage. */
function personalTexts(snapshot: Snapshot): string[] {
  const texts: (string | undefined)[] = [];
  for (const { value: c } of snapshot.cases as readonly { value: FeedbackCase }[]) {
    texts.push(c.summary, c.owner?.name, c.owner?.upn, c.conversationId);
    texts.push(c.mp?.name, c.mp?.constituent, c.compliment?.praised, c.compliment?.quote);
    texts.push(c.compliment?.forwardTo, c.safeguarding?.note, c.safeguarding?.referredBy);
    texts.push(...(c.safeguarding?.reasons ?? []));
  }
  for (const { value: s } of snapshot.stages as readonly { value: Stage }[]) {
    texts.push(s.extension?.reason, ...s.pauses.map((p) => p.note));
  }
  return [...new Set(texts.filter((t): t is string => t !== undefined && t.trim().length > 3))];
}

describe('the browser cache of the Overview lists', () => {
  let cache: ReturnType<typeof memoryCache>;
  let full: Snapshot;

  it('keeps the Overview lists after a full read, and nothing personal', async () => {
    cache = memoryCache();
    const store = h.store({ browserCache: cache });
    const first = await store.loadSnapshot(firstLoadFor('overview', TODAY));
    expect(first.ok && first.value.recentOnly).toEqual(['cases', 'stages']);
    await settle();
    // The recent window has no delta link: nothing of the cases is kept from it.
    expect(cache.kept.has('cases')).toBe(false);
    const loaded = await store.loadSnapshot();
    if (!loaded.ok) throw new Error(loaded.error.message);
    full = loaded.value;
    await settle();
    expect([...cache.kept.keys()].sort()).toEqual(['cases', 'ombudsman', 'stages']);

    const personal = personalTexts(full);
    // The demo data has summaries, owners, MPs' names and the rest to leak.
    expect(personal.length).toBeGreaterThan(100);
    const everything = [...cache.kept.values()].join('\n');
    const leaked = personal.filter((text) =>
      everything.includes(JSON.stringify(text).slice(1, -1)),
    );
    expect(leaked).toEqual([]);
    const cases = (JSON.parse(cache.kept.get('cases')!) as CachedList).items;
    expect(cases).toHaveLength(full.cases.length);
    for (const { value } of cases as readonly { value: unknown }[] as readonly {
      value: Record<string, unknown>;
    }[]) {
      for (const field of ['owner', 'safeguarding', 'compliment', 'mp', 'conversationId'])
        expect(value).not.toHaveProperty(field);
      expect(value.summary).toBe('');
    }
  });

  it('re-opens from it with one delta request per list, with the same Overview figures', async () => {
    const store = h.store({ browserCache: cache });
    await h.control('POST', 'stats/reset');
    const reopened = await store.loadSnapshot(firstLoadFor('overview', TODAY));
    if (!reopened.ok) throw new Error(reopened.error.message);
    const stats = await h.stats();
    // Cases, stages and Ombudsman by delta, and the settings: the lists' ids were kept too.
    expect(stats.requests).toBe(4);
    expect(reopened.value.figuresOnly).toEqual(['cases', 'stages', 'ombudsman']);
    expect(reopened.value.recentOnly).toBeUndefined();
    expect(reopened.value.cases).toHaveLength(full.cases.length);
    expect(overviewOf(reopened.value, TODAY)).toEqual(overviewOf(full, TODAY));

    // A load without the window reads the lists in full again: the personal fields are back.
    const whole = await store.loadSnapshot();
    if (!whole.ok) throw new Error(whole.error.message);
    expect(whole.value.figuresOnly).toBeUndefined();
    expect(whole.value.unloaded).toBeUndefined();
    const withSummary = whole.value.cases.filter((c) => c.value.summary !== '');
    expect(withSummary.length).toBe(full.cases.filter((c) => c.value.summary !== '').length);
  });

  it('cuts the full read after a re-open to fit the threshold by the kept items: nothing refused', async () => {
    const store = h.store({ browserCache: cache });
    const reopened = await store.loadSnapshot(firstLoadFor('overview', TODAY));
    if (!reopened.ok) throw new Error(reopened.error.message);
    const refusedBefore = (await h.stats()).byStatus['500'] ?? 0;
    const whole = await store.loadSnapshot({ parts: ['cases', 'stages'] });
    if (!whole.ok) throw new Error(whole.error.message);
    expect(whole.value.figuresOnly).toEqual(['ombudsman']); // not asked for here
    expect(whole.value.cases).toHaveLength(full.cases.length);
    expect(whole.value.stages).toHaveLength(full.stages.length);
    // 400 cases over three and a half years against a threshold of 100: the years of history
    // a first visit has refused and cut are cut before they are sent.
    expect(((await h.stats()).byStatus['500'] ?? 0) - refusedBefore).toBe(0);
    // While a store that knows nothing yet still has its years refused, and cuts them then.
    const fresh = h.store();
    const first = await fresh.loadSnapshot(firstLoadFor('overview', TODAY));
    if (!first.ok) throw new Error(first.error.message);
    const beforeFresh = (await h.stats()).byStatus['500'] ?? 0;
    const freshWhole = await fresh.loadSnapshot({ parts: ['cases', 'stages'] });
    if (!freshWhole.ok) throw new Error(freshWhole.error.message);
    expect(((await h.stats()).byStatus['500'] ?? 0) - beforeFresh).toBeGreaterThan(0);
    expect(freshWhole.value.cases).toHaveLength(full.cases.length);
  });

  it('keeps only the new delta link when a round or a full read brings no change', async () => {
    // The emulator, as Graph may, answers every round with a new link: the items kept are
    // still right, so only the link is kept again, not megabytes of items.
    await settle(); // the whole read before it has been kept
    const before = Object.fromEntries(
      [...cache.kept].map(([part, json]) => [part, JSON.parse(json) as CachedList]),
    );
    cache.writes.length = 0;
    const store = h.store({ browserCache: cache });
    const reopened = await store.loadSnapshot(firstLoadFor('overview', TODAY));
    if (!reopened.ok) throw new Error(reopened.error.message);
    await settle();
    expect(cache.writes.sort()).toEqual(['cases link', 'ombudsman link', 'stages link']);
    // The tab then reads the lists in full for its other views: the same items at the same
    // versions, so again only their links are kept.
    cache.writes.length = 0;
    const whole = await store.loadSnapshot();
    if (!whole.ok) throw new Error(whole.error.message);
    await settle();
    expect(cache.writes.sort()).toEqual(['cases link', 'ombudsman link', 'stages link']);
    for (const [part, json] of cache.kept) {
      const after = JSON.parse(json) as CachedList;
      expect(after.deltaLink).not.toBe(before[part]!.deltaLink);
      expect(after.items).toEqual(before[part]!.items);
    }
    // The next re-open goes on from the newer links: still one request per list.
    await h.control('POST', 'stats/reset');
    const again = await h
      .store({ browserCache: cache })
      .loadSnapshot(firstLoadFor('overview', TODAY));
    if (!again.ok) throw new Error(again.error.message);
    expect((await h.stats()).requests).toBe(4);
    expect(overviewOf(again.value, TODAY)).toEqual(overviewOf(full, TODAY));
  });

  it('brings what was kept up to date: a case changed since comes in full, and is kept again', async () => {
    const writer = h.store();
    const target = full.cases.find((c) => c.value.status === 'open')!;
    const changed = await writer.updateCase(
      target.value.reference,
      { summary: 'Changed since the tab was closed', status: 'closed', closed: TODAY },
      target.etag,
    );
    expect(changed.ok).toBe(true);

    const store = h.store({ browserCache: cache });
    const reopened = await store.loadSnapshot(firstLoadFor('overview', TODAY));
    if (!reopened.ok) throw new Error(reopened.error.message);
    const seen = reopened.value.cases.find((c) => c.value.reference === target.value.reference)!;
    expect(seen.value.status).toBe('closed');
    expect(seen.value.summary).toBe('Changed since the tab was closed');
    await settle();
    const kept = JSON.parse(cache.kept.get('cases')!) as CachedList;
    const keptCase = kept.items.find((c) => c.itemId === target.itemId)!.value as FeedbackCase;
    expect(keptCase.status).toBe('closed');
    expect(keptCase.summary).toBe('');
  });

  it('sends the delta requests while the kept lists are still being read back', async () => {
    // The kept lists come back only when the test says so: by then the three delta requests
    // (and the settings) must have reached the emulator, sent with the kept links alone.
    let giveBack = () => {};
    const held = new Promise<void>((resolve) => {
      giveBack = resolve;
    });
    const slow: BrowserListCache = {
      ...cache,
      read: async (part) => {
        await held;
        return cache.read(part);
      },
    };
    await h.control('POST', 'stats/reset');
    const reopening = h.store({ browserCache: slow }).loadSnapshot(firstLoadFor('overview', TODAY));
    await expect.poll(async () => (await h.stats()).requests, { timeout: 10_000 }).toBe(4);
    giveBack();
    const reopened = await reopening;
    if (!reopened.ok) throw new Error(reopened.error.message);
    // The answers were waiting: nothing asked again.
    expect((await h.stats()).requests).toBe(4);
    expect(reopened.value.figuresOnly).toEqual(['cases', 'stages', 'ombudsman']);
    const now = await h.store().loadSnapshot();
    if (!now.ok) throw new Error(now.error.message);
    expect(overviewOf(reopened.value, TODAY)).toEqual(overviewOf(now.value, TODAY));
  });

  it('asks again from the link kept with the items when the link read ahead differs', async () => {
    // An older link kept beside the lists (one the emulator no longer knows): its answer is
    // dropped, and each list is brought up to date from the link kept with its items.
    const older: BrowserListCache = {
      ...cache,
      readDeltaLink: async (part) =>
        (await cache.readDeltaLink?.(part))?.replace(/token=[^&]*/, 'token=older'),
    };
    await h.control('POST', 'stats/reset');
    const reopened = await h
      .store({ browserCache: older })
      .loadSnapshot(firstLoadFor('overview', TODAY));
    if (!reopened.ok) throw new Error(reopened.error.message);
    // Three requests ahead (refused), three replays, the settings.
    expect((await h.stats()).requests).toBe(7);
    expect(reopened.value.figuresOnly).toEqual(['cases', 'stages', 'ombudsman']);
    const now = await h.store().loadSnapshot();
    if (!now.ok) throw new Error(now.error.message);
    expect(overviewOf(reopened.value, TODAY)).toEqual(overviewOf(now.value, TODAY));
  });

  it('reads the recent window instead when the kept delta link has expired', async () => {
    const expired = memoryCache();
    for (const [part, json] of cache.kept) {
      const list = JSON.parse(json) as CachedList;
      // A token the emulator no longer knows: SharePoint answers 410 Gone.
      const deltaLink = list.deltaLink.replace(/token=[^&]*/, 'token=expired');
      expired.kept.set(part, JSON.stringify({ ...list, deltaLink }));
    }
    const store = h.store({ browserCache: expired });
    const { widenFrom, ...first } = firstLoadFor('overview', TODAY);
    const reopened = await store.loadSnapshot(first);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.value.figuresOnly).toBeUndefined();
    expect(reopened.value.recentOnly).toEqual(['cases', 'stages']);
    expect(reopened.value.recentFrom).toBe(first.recentFrom);
    const now = await h.store().loadSnapshot();
    if (!now.ok) throw new Error(now.error.message);
    // This year's figures as every record gives them; then last year's too, once widened.
    expect(overviewOf(reopened.value, TODAY)).toEqual(
      overviewOf({ ...now.value, recentOnly: ['cases'], recentFrom: first.recentFrom! }, TODAY),
    );
    const widened = await store.loadSnapshot({ ...first, recentFrom: widenFrom! });
    if (!widened.ok) throw new Error(widened.error.message);
    expect(overviewOf(widened.value, TODAY)).toEqual(overviewOf(now.value, TODAY));
  });
});

describe('list ids kept in the browser', () => {
  it('go straight to the lists, and a stale id (a list provisioned again) is looked up afresh', async () => {
    const ids = new Map<string, string>();
    const cache: BrowserListCache = {
      read: async () => undefined,
      write: async () => undefined,
      advanceDeltaLink: async () => undefined,
      readListIds: async () => (ids.size ? Object.fromEntries(ids) : undefined),
      writeListIds: async (kept) => {
        ids.clear();
        for (const [name, id] of Object.entries(kept)) ids.set(name, id);
      },
    };
    const first = await h.store({ browserCache: cache }).loadSnapshot({
      parts: ['ombudsman'],
    });
    expect(first.ok).toBe(true);
    expect(ids.size).toBeGreaterThan(5);

    await h.control('POST', 'stats/reset');
    const again = await h.store({ browserCache: cache }).loadSnapshot({
      parts: ['ombudsman'],
    });
    expect(again.ok).toBe(true);
    // The Ombudsman list and the settings, nothing asked by name.
    expect((await h.stats()).requests).toBe(2);

    // Every kept id now names no list: Graph answers 404, the ids are asked for again.
    for (const name of ids.keys()) ids.set(name, '00000000-0000-0000-0000-000000000000');
    const stale = await h.store({ browserCache: cache }).loadSnapshot({
      parts: ['ombudsman'],
    });
    if (!stale.ok) throw new Error(stale.error.message);
    expect(stale.value.ombudsman).toEqual(again.ok ? again.value.ombudsman : []);
    expect([...ids.values()]).not.toContain('00000000-0000-0000-0000-000000000000');
  });
});
