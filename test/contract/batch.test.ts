import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createList,
  failure,
  startHarness,
  type Harness,
  type ListHandle,
  type Page,
  type Item,
} from './harness';

let h: Harness;
let list: ListHandle;

interface BatchAnswer {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: { error?: { code: string }; fields?: Record<string, unknown>; id?: string };
}

const post = (id: string, title: unknown, dependsOn?: string[]) => ({
  id,
  method: 'POST',
  url: `${list.items}`,
  headers: { 'Content-Type': 'application/json' },
  body: { fields: { Title: title } },
  ...(dependsOn ? { dependsOn } : {}),
});

beforeAll(async () => {
  h = await startHarness();
  list = await createList(h.client, 'Batched', []);
});
afterAll(() => h.stop());

const runBatch = async (requests: unknown[]) =>
  ((await h.client.api('/$batch').post({ requests })) as { responses: BatchAnswer[] }).responses;

describe('$batch', () => {
  it('runs up to 20 requests with relative URLs and answers each', async () => {
    const responses = await runBatch([
      post('1', 'One'),
      { id: '2', method: 'GET', url: '/sites/root' },
      { id: '3', method: 'GET', url: "sites/root/lists?$filter=displayName eq 'Batched'" },
    ]);
    const byId = new Map(responses.map((answer) => [answer.id, answer]));
    expect(byId.get('1')?.status).toBe(201);
    expect(byId.get('1')?.body?.fields?.Title).toBe('One');
    expect(byId.get('2')?.status).toBe(200);
    expect(byId.get('3')?.status).toBe(200);
  });

  it('rejects more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, n) => ({
      id: String(n + 1),
      method: 'GET',
      url: '/sites/root',
    }));
    const error = await failure(h.client.api('/$batch').post({ requests }));
    expect(error.statusCode).toBe(400);
  });

  it('runs dependants after their dependency, and answers 424 when it failed', async () => {
    const responses = await runBatch([
      post('b', 'Second', ['a']),
      post('a', 'First'),
      post('bad', 42),
      post('after-bad', 'Never', ['bad']),
      post('after-after', 'Never either', ['after-bad']),
    ]);
    const order = responses.map((answer) => answer.id);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    const byId = new Map(responses.map((answer) => [answer.id, answer]));
    expect(byId.get('b')?.status).toBe(201);
    expect(byId.get('bad')?.status).toBe(400);
    expect(byId.get('after-bad')?.status).toBe(424);
    expect(byId.get('after-bad')?.body?.error?.code).toBe('FailedDependency');
    expect(byId.get('after-after')?.status).toBe(424);
    const never = (await h.client
      .api(list.items)
      .expand('fields')
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .filter("startswith(fields/Title,'Never')")
      .get()) as Page<Item>;
    expect(never.value).toEqual([]);
  });

  it("works with the SDK's BatchRequestContent", async () => {
    const url = `${h.emulator.graphUrl}${list.items}`;
    const content = new BatchRequestContent([
      {
        id: '1',
        request: new Request(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ fields: { Title: 'SDK' } }),
        }),
      },
      { id: '2', request: new Request(`${url}?$top=1`, { method: 'GET' }), dependsOn: ['1'] },
    ]);
    const response = new BatchResponseContent(
      await h.client.api('/$batch').post(await content.getContent()),
    );
    expect(response.getResponseById('1').status).toBe(201);
    expect(response.getResponseById('2').status).toBe(200);
  });

  it('rejects a write without Content-Type, a dependsOn on an unknown id, and an absolute url', async () => {
    expect(
      (
        await failure(
          h.client
            .api('/$batch')
            .post({ requests: [{ id: '1', method: 'POST', url: list.items, body: {} }] }),
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (await failure(h.client.api('/$batch').post({ requests: [post('1', 'x', ['9'])] })))
        .statusCode,
    ).toBe(400);
    const responses = await runBatch([
      { id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/sites/root' },
    ]);
    expect(responses[0]?.status).toBe(400);
  });

  it('treats request ids without regard to case: a and A clash (400)', async () => {
    const error = await failure(
      h.client.api('/$batch').post({
        requests: [
          { id: 'a', method: 'GET', url: '/sites/root' },
          { id: 'A', method: 'GET', url: '/sites/root' },
        ],
      }),
    );
    expect(error.statusCode).toBe(400);
    // …and a dependsOn may name its request in another case.
    const ok = (await h.client.api('/$batch').post({
      requests: [
        { id: 'first', method: 'GET', url: '/sites/root' },
        { id: 'second', method: 'GET', url: '/sites/root', dependsOn: ['FIRST'] },
      ],
    })) as { responses: { id: string; status: number }[] };
    expect(ok.responses.map((r) => r.status)).toEqual([200, 200]);
  });
});
