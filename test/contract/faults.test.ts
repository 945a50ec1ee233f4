import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  control,
  createList,
  failure,
  startHarness,
  type Harness,
  type Item,
  type ListHandle,
  type Page,
} from './harness';
import { createGraphClient } from '../../src/data/graph';

let h: Harness;
let list: ListHandle;

interface Stats {
  requests: number;
  byMethod: Record<string, number>;
}

beforeAll(async () => {
  h = await startHarness();
  list = await createList(h.client, 'Saves', [{ name: 'Reference', text: {}, indexed: true }]);
});
afterEach(() => control(h.emulator, 'DELETE', 'faults'));
afterAll(() => h.stop());

const count = async (reference: string) =>
  (
    (await h.client
      .api(list.items)
      .filter(`fields/Reference eq '${reference}'`)
      .get()) as Page<Item>
  ).value.length;

describe('fault injection', () => {
  it('a save that meets a 429 and then a 503 is retried by the SDK and lands exactly once', async () => {
    await control(h.emulator, 'POST', 'faults', {
      faults: [
        { status: 429, retryAfterSeconds: 0, method: 'POST', pathPattern: '/items$' },
        { status: 503, retryAfterSeconds: 0, method: 'POST', pathPattern: '/items$' },
      ],
    });
    await control(h.emulator, 'POST', 'stats/reset');
    const item = (await h.client.api(list.items).post({ fields: { Reference: 'ONCE-1' } })) as Item;
    expect(item.fields.Reference).toBe('ONCE-1');
    const stats = (await control(h.emulator, 'GET', 'stats')) as Stats;
    expect(stats.byMethod.POST).toBe(3);
    expect(await count('ONCE-1')).toBe(1);
  });

  it('answers a fault with Retry-After and a Graph error body, without applying the write', async () => {
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ status: 429, retryAfterSeconds: 7, method: 'POST' }],
    });
    const response = await fetch(`${h.emulator.graphUrl}${list.items}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: { Reference: 'NOT-WRITTEN' } }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('7');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'TooManyRequests',
    );
    expect(await count('NOT-WRITTEN')).toBe(0);
  });

  it('afterWrite applies the write and then fails the response', async () => {
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ status: 503, afterWrite: true, method: 'POST' }],
    });
    const response = await fetch(`${h.emulator.graphUrl}${list.items}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: { Reference: 'WRITTEN-ANYWAY' } }),
    });
    expect(response.status).toBe(503);
    expect(await count('WRITTEN-ANYWAY')).toBe(1);
  });

  it('drops the connection, before or after the write', async () => {
    await control(h.emulator, 'POST', 'faults', {
      faults: [
        { drop: true, method: 'POST' },
        { drop: true, afterWrite: true, method: 'POST' },
      ],
    });
    const send = (reference: string) =>
      fetch(`${h.emulator.graphUrl}${list.items}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ fields: { Reference: reference } }),
      });
    await expect(send('DROPPED')).rejects.toThrow();
    await expect(send('DROPPED-AFTER')).rejects.toThrow();
    expect(await count('DROPPED')).toBe(0);
    expect(await count('DROPPED-AFTER')).toBe(1);
  });

  it('adds latency, applies a fault only the given number of times, and then lets requests through', async () => {
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ latencyMs: 150, times: 2, method: 'GET', pathPattern: '^/v1\\.0/sites/root$' }],
    });
    const started = performance.now();
    await h.client.api('/sites/root').get();
    await h.client.api('/sites/root').get();
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    expect(((await control(h.emulator, 'GET', 'faults')) as { faults: unknown[] }).faults).toEqual(
      [],
    );
  });

  it('gives up after the SDK has retried enough, with the status it last saw', async () => {
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ status: 503, retryAfterSeconds: 0, times: 10, method: 'GET' }],
    });
    const error = await failure(h.client.api('/sites/root').get());
    expect(error.statusCode).toBe(503);
  });

  it('faults parts of a $batch, and counts a batch as one request', async () => {
    await control(h.emulator, 'POST', 'stats/reset');
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ status: 429, retryAfterSeconds: 2, method: 'GET', pathPattern: '/sites/root$' }],
    });
    const result = (await h.client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: '/sites/root' },
        { id: '2', method: 'GET', url: '/sites/root' },
      ],
    })) as { responses: { id: string; status: number; headers: Record<string, string> }[] };
    const byId = new Map(result.responses.map((answer) => [answer.id, answer]));
    expect(byId.get('1')?.status).toBe(429);
    expect(byId.get('1')?.headers['Retry-After']).toBe('2');
    expect(byId.get('2')?.status).toBe(200);
    expect(((await control(h.emulator, 'GET', 'stats')) as Stats).requests).toBe(1);
  });

  it('rejects a malformed fault', async () => {
    const response = await fetch(`${h.emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ faults: [{ status: 418 }] }),
    });
    expect(response.status).toBe(400);
  });

  it('tells the page each time a request leaves, retries included, before its answer is in', async () => {
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ status: 503, retryAfterSeconds: 0, method: 'GET', pathPattern: '/items$' }],
    });
    await control(h.emulator, 'POST', 'stats/reset');
    const answered: boolean[] = [];
    let done = false;
    const client = createGraphClient({
      baseUrl: h.emulator.graphUrl,
      retryDelaySeconds: 0,
      onSend: () => answered.push(done),
    });
    const reading = client.get<Page<Item>>(list.items).then((page) => {
      done = true;
      return page;
    });
    expect((await reading).value).toBeInstanceOf(Array);
    const stats = (await control(h.emulator, 'GET', 'stats')) as Stats;
    // Two attempts reached the emulator (the 503, then the answer), and the page heard of each
    // before the read had answered.
    expect(stats.requests).toBe(2);
    expect(answered).toEqual([false, false]);
  });
});
