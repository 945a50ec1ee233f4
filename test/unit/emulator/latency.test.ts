import { describe, expect, it } from 'vitest';
import {
  expandedItemCount,
  LatencyGate,
  latencyModelNamed,
  modelDelayMs,
  SHAREPOINT_ONLINE,
  type LatencyModel,
} from '../../../emulator/latency';
import type { GraphResponse } from '../../../emulator/graph/types';

const item = (id: string) => ({ id, fields: { Title: `Case ${id}` } });
const page = (n: number): GraphResponse => ({
  status: 200,
  body: { value: Array.from({ length: n }, (_, i) => item(String(i + 1))) },
});

describe('the SharePoint latency model: delays', () => {
  it('defaults to 200 ms a request and 0.5 ms an expanded item, four at once', () => {
    expect(SHAREPOINT_ONLINE).toEqual({ baseMs: 200, perItemMs: 0.5, concurrency: 4 });
  });

  it('adds the base delay to a request that returns no items', () => {
    expect(modelDelayMs(SHAREPOINT_ONLINE, { status: 204 })).toBe(200);
    expect(modelDelayMs(SHAREPOINT_ONLINE, { status: 200, body: { id: 'root' } })).toBe(200);
  });

  it('adds the per-item cost for each item returned with its fields', () => {
    expect(modelDelayMs(SHAREPOINT_ONLINE, page(5000))).toBe(2700);
    expect(modelDelayMs({ baseMs: 10, perItemMs: 2, concurrency: 1 }, page(3))).toBe(16);
  });

  it('does not charge for entries without expanded fields (lists, columns, ids only)', () => {
    expect(
      expandedItemCount({ value: [{ id: '1' }, { id: '2', fields: { Title: 'x' } }, 'x', null] }),
    ).toBe(1);
    expect(expandedItemCount(Buffer.from('an attachment'))).toBe(0);
  });

  it('charges a $batch for the items of all its parts', () => {
    const batch = {
      responses: [
        { id: '1', status: 200, body: page(3).body },
        { id: '2', status: 200, body: page(4).body },
        { id: '3', status: 404, body: { error: { code: 'itemNotFound' } } },
      ],
    };
    expect(expandedItemCount(batch)).toBe(7);
    expect(modelDelayMs(SHAREPOINT_ONLINE, { status: 200, body: batch })).toBe(203.5);
  });

  it('is chosen by name, and a wrong name says which names there are', () => {
    expect(latencyModelNamed('sharepoint')).toEqual({ ok: true, model: SHAREPOINT_ONLINE });
    expect(latencyModelNamed('off')).toEqual({ ok: true, model: undefined });
    const wrong = latencyModelNamed('fast');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.message).toBe("--latency must be one of sharepoint, off, not 'fast'");
  });
});

/** A sleep the test releases by hand, so queueing is checked without the clock. */
function manualSleep() {
  const pending: { ms: number; wake: () => void }[] = [];
  return {
    pending,
    sleep: (ms: number) => new Promise<void>((wake) => pending.push({ ms, wake })),
    wakeFirst: () => pending.shift()!.wake(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the SharePoint latency model: one client at a time', () => {
  const model: LatencyModel = { baseMs: 100, perItemMs: 1, concurrency: 2 };

  it('holds each answer for the computed delay before returning it', async () => {
    const clock = manualSleep();
    const gate = new LatencyGate(model, clock.sleep);
    let done = false;
    const served = gate
      .serve('a', async () => page(30))
      .then((response) => {
        done = true;
        return response;
      });
    await settle();
    expect(clock.pending.map((p) => p.ms)).toEqual([130]);
    expect(done).toBe(false);
    clock.wakeFirst();
    expect(await served).toEqual(page(30));
  });

  it('serves at most `concurrency` requests of a client; the rest queue in arrival order', async () => {
    const clock = manualSleep();
    const gate = new LatencyGate(model, clock.sleep);
    const started: string[] = [];
    const finished: string[] = [];
    const request = (name: string, items: number) =>
      gate
        .serve('council-user', async () => {
          started.push(name);
          return page(items);
        })
        .then(() => finished.push(name));
    const all = [request('r1', 1), request('r2', 2), request('r3', 3), request('r4', 4)];
    await settle();
    expect(started).toEqual(['r1', 'r2']);
    expect(gate.queued('council-user')).toBe(2);

    clock.wakeFirst(); // r1's delay ends: its slot goes to r3, the first in line
    await settle();
    expect(finished).toEqual(['r1']);
    expect(started).toEqual(['r1', 'r2', 'r3']);
    expect(gate.queued('council-user')).toBe(1);

    clock.wakeFirst(); // r2
    await settle();
    expect(started).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(gate.queued('council-user')).toBe(0);
    expect(clock.pending.map((p) => p.ms)).toEqual([103, 104]);

    clock.wakeFirst();
    clock.wakeFirst();
    await Promise.all(all);
    expect(finished).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('does not make one client wait for another', async () => {
    const clock = manualSleep();
    const gate = new LatencyGate({ ...model, concurrency: 1 }, clock.sleep);
    const started: string[] = [];
    const serve = (client: string) =>
      gate.serve(client, async () => {
        started.push(client);
        return { status: 204 };
      });
    const all = [serve('a'), serve('a'), serve('b')];
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect(gate.queued('a')).toBe(1);
    expect(gate.queued('b')).toBe(0);
    while (clock.pending.length > 0) {
      clock.wakeFirst();
      await settle();
    }
    await Promise.all(all);
    expect(started).toEqual(['a', 'b', 'a']);
  });

  it('frees the slot when computing the answer fails', async () => {
    const clock = manualSleep();
    const gate = new LatencyGate({ ...model, concurrency: 1 }, clock.sleep);
    const failed = gate.serve('a', () => Promise.reject(new Error('database closed')));
    await expect(failed).rejects.toThrow('database closed');
    const next = gate.serve('a', async () => ({ status: 204 }));
    await settle();
    expect(clock.pending).toHaveLength(1);
    clock.wakeFirst();
    expect(await next).toEqual({ status: 204 });
  });

  it('refuses a model that could serve nothing', () => {
    expect(() => new LatencyGate({ ...model, concurrency: 0 })).toThrow(/concurrency of 1/);
  });
});
