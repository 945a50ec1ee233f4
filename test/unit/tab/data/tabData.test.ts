import { describe, expect, it } from 'vitest';
import type { FeedbackStore, Snapshot } from '../../../../src/data/store';
import { asIsoDate } from '../../../../src/domain/primitives/brand';
import { memoLast } from '../../../../src/tab/data/derived';
import { createTabData, upsert } from '../../../../src/tab/data/tabData';
import { action, snapshot, stored } from '../snapshotBuilder';

/** A store whose loadSnapshot answers from a queue (the last answer repeats), recording calls. */
function storeAnswering(...answers: Awaited<ReturnType<FeedbackStore['loadSnapshot']>>[]) {
  const options: unknown[] = [];
  const store = {
    loadSnapshot: async (option?: unknown) => {
      options.push(option);
      return answers.length > 1 ? answers.shift()! : answers[0]!;
    },
  } as unknown as FeedbackStore;
  return { store, calls: () => options.length, options };
}

describe('createTabData', () => {
  it('shares one load between callers and keeps the snapshot', async () => {
    const s = snapshot();
    const { store, calls } = storeAnswering({ ok: true, value: s });
    const data = createTabData(store, { clock: () => 1000 });
    await Promise.all([data.refresh(), data.refresh()]);
    expect(calls()).toBe(1);
    expect(data.getState()).toMatchObject({ snapshot: s, loading: false, loadedAt: 1000 });
  });

  it('reads what was kept only once a load starts, shows it until the first snapshot, and never after', async () => {
    // The first load waits for the test; later ones answer at once.
    const s = snapshot();
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const store = {
      loadSnapshot: async () => {
        await answered;
        return { ok: true, value: s };
      },
    } as unknown as FeedbackStore;
    const reads: string[] = [];
    const data = createTabData(store, {
      keptFigures: {
        readFigures: async () => {
          reads.push('kept');
          return { figures: 1 };
        },
        writeFigures: async () => undefined,
      },
    });
    // Signed out, nothing is loaded: nothing kept is read either.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toEqual([]);

    const loading = data.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(data.getState()).toMatchObject({ kept: { figures: 1 }, snapshot: undefined });
    answer();
    await loading;
    // Dropped once the snapshot is in: it is never shown again.
    expect(data.getState()).toMatchObject({ kept: undefined, snapshot: s });
    await data.refresh();
    expect(reads).toEqual(['kept']);
  });

  it('does not show what was kept when the snapshot came first', async () => {
    const s = snapshot();
    const { store } = storeAnswering({ ok: true, value: s });
    let kept: (value: unknown) => void = () => undefined;
    const data = createTabData(store, {
      keptFigures: {
        readFigures: () => new Promise((resolve) => (kept = resolve)),
        writeFigures: async () => undefined,
      },
    });
    await data.refresh();
    kept({ figures: 1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(data.getState()).toMatchObject({ snapshot: s, kept: undefined });
  });

  it('says when what was kept has been read back, and at once when nothing was asked', async () => {
    let kept: (value: unknown) => void = () => undefined;
    const data = createTabData(storeAnswering({ ok: true, value: snapshot() }).store, {
      keptFigures: {
        readFigures: () => new Promise((resolve) => (kept = resolve)),
        writeFigures: async () => undefined,
      },
    });
    await data.keptRead(); // no load yet: nothing asked
    void data.refresh();
    let settled = false;
    const reading = data.keptRead().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    kept({ figures: 1 });
    await reading;
    expect(settled).toBe(true);
  });

  it('keeps figures only when they differ from what it last kept, whenever they were kept', () => {
    const written: object[] = [];
    const data = createTabData(storeAnswering({ ok: true, value: snapshot() }).store, {
      keptFigures: {
        readFigures: async () => undefined,
        writeFigures: async (figures) => {
          written.push(figures);
        },
      },
    });
    data.keep({ keptAt: 1, received: 10 });
    data.keep({ keptAt: 2, received: 10 });
    data.keep({ keptAt: 3, received: 11 });
    expect(written).toEqual([
      { keptAt: 1, received: 10 },
      { keptAt: 3, received: 11 },
    ]);
  });

  it("shows the first view's lists first, then reads everything else in full once the page is idle", async () => {
    // The cases came back as only their recent records: they are read again, in full.
    const quick = {
      ...snapshot(),
      unloaded: ['cases', 'actions', 'plans'] as const,
      recentOnly: ['cases'] as const,
    };
    const full = snapshot();
    const { store, options } = storeAnswering(
      { ok: true, value: quick },
      { ok: true, value: full },
    );
    let idle: () => void = () => undefined;
    const data = createTabData(store, {
      whenIdle: () => new Promise<void>((resolve) => (idle = resolve)),
    });
    const first = { parts: ['cases', 'stages'] as const, recentFrom: asIsoDate('2025-04-01') };
    const loading = data.refresh(first);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The first view's figures are out, and nothing more is asked for until the page is idle.
    expect(data.getState()).toMatchObject({ snapshot: quick, loading: true });
    expect(options).toEqual([first]);
    idle();
    await loading;
    // The partly read cases in full beside the lists not read yet.
    expect(options).toEqual([first, { parts: ['cases'] }, { parts: ['actions', 'plans'] }]);
    expect(data.getState()).toMatchObject({ snapshot: full, loading: false });
    // Later refreshes read every list.
    await data.refresh({ parts: ['cases'] });
    expect(options.at(-1)).toBeUndefined();
  });

  it('widens a recent window back to the day asked, shows it, then reads in full; the other lists meanwhile', async () => {
    const thisYear = {
      ...snapshot(),
      unloaded: ['cases', 'stages', 'actions'] as const,
      recentOnly: ['cases', 'stages'] as const,
      recentFrom: asIsoDate('2026-04-01'),
    };
    const lastYear = { ...thisYear, recentFrom: asIsoDate('2025-04-01') };
    const full = snapshot();
    const { store, options } = storeAnswering(
      { ok: true, value: thisYear },
      { ok: true, value: lastYear },
      { ok: true, value: full },
    );
    const shown: unknown[] = [];
    const data = createTabData(store, { whenIdle: () => Promise.resolve() });
    data.subscribe(() => {
      const { snapshot: s } = data.getState();
      shown.push(s ? (s.recentFrom ?? 'full') : 'nothing');
    });
    await data.refresh({
      parts: ['cases', 'stages'],
      recentFrom: asIsoDate('2026-04-01'),
      widenFrom: asIsoDate('2025-04-01'),
    });
    expect(options).toEqual([
      { parts: ['cases', 'stages'], recentFrom: '2026-04-01' },
      // Sent first: the widening, then the lists not read yet beside it.
      { parts: ['cases', 'stages'], recentFrom: '2025-04-01' },
      { parts: ['actions'] },
      { parts: ['cases', 'stages'] },
    ]);
    // Each answer shown in turn: this year's, last year's, everything.
    expect(shown.filter((s, i) => s !== shown[i - 1])).toEqual([
      'nothing',
      '2026-04-01',
      '2025-04-01',
      'full',
    ]);
    expect(data.getState()).toMatchObject({ snapshot: full, loading: false, readingRest: false });
  });

  it('while the rest is read, Refresh refreshes the lists already read without waiting for the rest', async () => {
    const quick = {
      ...snapshot(),
      unloaded: ['cases', 'actions', 'plans'] as const,
      recentOnly: ['cases'] as const,
    };
    const refreshed = { ...quick };
    const rest: ((value: { ok: true; value: Snapshot }) => void)[] = [];
    const options: unknown[] = [];
    const store = {
      loadSnapshot: (option?: { parts?: readonly string[] }) => {
        options.push(option);
        if (options.length === 1) return Promise.resolve({ ok: true, value: quick });
        // The rest (the cases in full, the actions and plans) takes its time.
        if (option?.parts?.includes('actions') || option?.parts?.includes('cases'))
          return new Promise((resolve) => rest.push(resolve));
        return Promise.resolve({ ok: true, value: refreshed });
      },
    } as unknown as FeedbackStore;
    const data = createTabData(store, { whenIdle: () => Promise.resolve() });
    const first = { parts: ['cases', 'stages'] as const, recentFrom: asIsoDate('2025-04-01') };
    const loading = data.refresh(first);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(data.getState()).toMatchObject({ snapshot: quick, loading: true, readingRest: true });

    // Refresh now: only the lists read in full so far, and it is done without the rest.
    await data.refresh();
    const asked = options.at(-1) as { parts: readonly string[] };
    expect(asked.parts).not.toContain('cases');
    expect(asked.parts).not.toContain('actions');
    expect(asked.parts).toContain('stages');
    expect(data.getState()).toMatchObject({ snapshot: refreshed, readingRest: true });

    expect(rest).toHaveLength(2);
    for (const finish of rest) finish({ ok: true, value: snapshot() });
    await loading;
    expect(data.getState()).toMatchObject({ loading: false, readingRest: false });
  });

  it('keeps the error of a later list that failed while the partly read ones arrived', async () => {
    const quick = {
      ...snapshot(),
      unloaded: ['cases', 'actions'] as const,
      recentOnly: ['cases'] as const,
    };
    const error = { code: 'unavailable' as const, message: 'SharePoint had a problem.' };
    const answers = new Map<string, Awaited<ReturnType<FeedbackStore['loadSnapshot']>>>([
      ['cases', { ok: true, value: { ...snapshot(), unloaded: ['actions'] } }],
      ['actions', { ok: false, error }],
    ]);
    const store = {
      loadSnapshot: async (options?: { parts?: readonly string[] }) => {
        if (!options?.parts) return { ok: true, value: quick };
        // The actions fail at once; the cases take a moment longer.
        if (options.parts[0] === 'cases') await new Promise((r) => setTimeout(r, 5));
        return answers.get(options.parts[0]!)!;
      },
    } as unknown as FeedbackStore;
    const data = createTabData(store, { whenIdle: async () => undefined });
    await data.refresh();
    expect(data.getState()).toMatchObject({ error, loading: false });
    expect(data.getState().snapshot?.unloaded).toEqual(['actions']);
  });

  it("folds a save made while a load runs into that load's answer", async () => {
    const before = snapshot({ actions: [action('A1')] });
    let answer: (value: Awaited<ReturnType<FeedbackStore['loadSnapshot']>>) => void = () => {};
    let calls = 0;
    const store = {
      loadSnapshot: () =>
        (calls += 1) === 1
          ? Promise.resolve({ ok: true, value: before })
          : new Promise((resolve) => (answer = resolve)),
    } as unknown as FeedbackStore;
    const data = createTabData(store);
    await data.refresh();
    const refreshing = data.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The officer completes the action while the refresh runs; SharePoint answers with the
    // action as it was when the refresh read it.
    const done = {
      ...before.actions[0]!,
      etag: '"2"',
      value: { ...before.actions[0]!.value, status: 'done' as const },
    };
    data.apply((s: Snapshot) => ({ ...s, actions: upsert(s.actions, [done]) }));
    answer({ ok: true, value: { ...before } });
    await refreshing;
    expect(data.getState().snapshot?.actions).toEqual([done]);
  });

  it('keeps the last good snapshot when a refresh fails, with the error to show', async () => {
    const s = snapshot();
    const error = {
      code: 'unavailable' as const,
      message: 'SharePoint is busy: try again in a minute.',
    };
    const { store } = storeAnswering({ ok: true, value: s }, { ok: false, error });
    const data = createTabData(store);
    await data.refresh();
    await data.refresh();
    expect(data.getState().snapshot).toBe(s);
    expect(data.getState().error).toEqual(error);
  });

  it('folds saved records in and tells subscribers', async () => {
    const s = snapshot({ actions: [action('A1')] });
    const { store } = storeAnswering({ ok: true, value: s });
    const data = createTabData(store);
    await data.refresh();
    let told = 0;
    data.subscribe(() => (told += 1));
    const saved = {
      ...s.actions[0]!,
      etag: '"new"',
      value: { ...s.actions[0]!.value, status: 'done' as const },
    };
    data.apply((snap: Snapshot) => ({ ...snap, actions: upsert(snap.actions, [saved]) }));
    expect(told).toBe(1);
    expect(data.getState().snapshot?.actions).toEqual([saved]);
  });
});

describe('upsert', () => {
  it('replaces by item id, appends new records, and keeps the array when nothing changed', () => {
    const a = stored('a');
    const b = stored('b');
    const list = [a, b];
    const b2 = { ...b, value: 'b2' };
    const c = stored('c');
    expect(upsert(list, [b2, c])).toEqual([a, b2, c]);
    expect(upsert(list, [])).toBe(list);
  });
});

describe('memoLast', () => {
  it('computes once while the arguments are the same objects', () => {
    let runs = 0;
    const f = memoLast((_key: object, n: number) => ((runs += 1), n));
    const key = {};
    f(key, 1);
    f(key, 1);
    expect(runs).toBe(1);
    f({}, 1);
    expect(runs).toBe(2);
  });
});
