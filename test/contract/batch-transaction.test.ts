import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  control,
  createList,
  startHarness,
  type Harness,
  type Item,
  type ListHandle,
  type Page,
} from './harness';

// The emulator runs a $batch in one SQLite transaction with a savepoint per part, and keeps
// each list's columns in memory between requests: these tests pin what that must not change.

let h: Harness;
let list: ListHandle;

interface BatchAnswer {
  id: string;
  status: number;
  body?: { error?: { code: string }; fields?: Record<string, unknown>; id?: string };
}

const json = { 'Content-Type': 'application/json' };
const postItem = (id: string, fields: Record<string, unknown>, dependsOn?: string[]) => ({
  id,
  method: 'POST',
  url: list.items,
  headers: json,
  body: { fields },
  ...(dependsOn ? { dependsOn } : {}),
});

const runBatch = async (requests: unknown[]) => {
  const { responses } = (await h.client.api('/$batch').post({ requests })) as {
    responses: BatchAnswer[];
  };
  return new Map(responses.map((answer) => [answer.id, answer]));
};

const titlesStartingWith = async (prefix: string) => {
  const page = (await h.client
    .api(list.items)
    .expand('fields')
    .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
    .filter(`startswith(fields/Title,'${prefix}')`)
    .top(100)
    .get()) as Page<Item>;
  return page.value.map((item) => item.fields.Title).sort();
};

beforeAll(async () => {
  h = await startHarness();
  list = await createList(h.client, 'Transactions', [
    { name: 'Code', text: {}, enforceUniqueValues: true },
  ]);
});
afterAll(() => h.stop());

describe('$batch in one transaction', () => {
  it('keeps the parts before and after a failed part, and leaves nothing of the failed one', async () => {
    const first = await runBatch([postItem('seed', { Title: 'Keep seed', Code: 'K-0' })]);
    expect(first.get('seed')?.status).toBe(201);
    const seedId = first.get('seed')?.body?.id as string;
    const answers = await runBatch([
      postItem('1', { Title: 'Keep one', Code: 'K-1' }),
      postItem('dup', { Title: 'Keep duplicate', Code: 'K-1' }), // unique value clash: 409
      {
        id: 'stale',
        method: 'PATCH',
        url: `${list.items}/${seedId}/fields`,
        headers: { ...json, 'If-Match': '"00000000-0000-0000-0000-000000000000,9"' },
        body: { Title: 'Keep changed' }, // stale ETag: 412, the item is left alone
      },
      postItem('2', { Title: 'Keep two', Code: 'K-2' }),
      postItem('typed', { Title: 'Keep typed', Code: 7 }), // wrong type: 400
      postItem('3', { Title: 'Keep three', Code: 'K-3' }),
    ]);
    expect([...answers.values()].map((a) => [a.id, a.status])).toEqual([
      ['1', 201],
      ['dup', 409],
      ['stale', 412],
      ['2', 201],
      ['typed', 400],
      ['3', 201],
    ]);
    expect(await titlesStartingWith('Keep')).toEqual([
      'Keep one',
      'Keep seed',
      'Keep three',
      'Keep two',
    ]);
    // Item ids stay Graph-like after a failed part: the next item gets the next number.
    const ids = [...answers.values()]
      .filter((a) => a.status === 201)
      .map((a) => Number(a.body?.id));
    expect(ids[1]).toBeGreaterThan(ids[0] as number);
  });

  it('sees a column created earlier in the same batch, and forgets one deleted later', async () => {
    const columns = `/sites/root/lists/${list.id}/columns`;
    const answers = await runBatch([
      {
        id: 'col',
        method: 'POST',
        url: columns,
        headers: json,
        body: { name: 'Extra', number: {} },
      },
      postItem('uses', { Title: 'Column one', Extra: 5 }, ['col']),
      { id: 'drop', method: 'DELETE', url: `${columns}/Extra`, dependsOn: ['uses'] },
      postItem('after', { Title: 'Column two', Extra: 6 }, ['drop']),
    ]);
    expect(answers.get('col')?.status).toBe(201);
    expect(answers.get('uses')?.status).toBe(201);
    expect(answers.get('uses')?.body?.fields?.Extra).toBe(5);
    expect(answers.get('drop')?.status).toBe(204);
    expect(answers.get('after')?.status).toBe(400);
    expect(await titlesStartingWith('Column')).toEqual(['Column one']);
  });

  it('forgets a column whose creation was undone with its failed part', async () => {
    const columns = `/sites/root/lists/${list.id}/columns`;
    const answers = await runBatch([
      { id: 'ok', method: 'POST', url: columns, headers: json, body: { name: 'Kept', text: {} } },
      {
        id: 'clash',
        method: 'POST',
        url: columns,
        headers: json,
        body: { name: 'Kept', text: {} },
      },
      postItem('write', { Title: 'Kept column', Kept: 'yes' }, ['ok']),
    ]);
    expect(answers.get('ok')?.status).toBe(201);
    expect(answers.get('clash')?.status).toBe(409);
    expect(answers.get('write')?.status).toBe(201);
    const listed = (await h.client.api(columns).get()) as { value: { name: string }[] };
    expect(listed.value.filter((c) => c.name === 'Kept')).toHaveLength(1);
  });

  it('commits what ran before a part that waits on injected latency, and runs the rest after', async () => {
    const seeded = await runBatch([postItem('seed', { Title: 'Slow seed' })]);
    const seedId = seeded.get('seed')?.body?.id as string;
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ latencyMs: 400, method: 'POST', pathPattern: `lists/${list.id}/items$` }],
    });
    const batch = runBatch([
      {
        id: 'patch',
        method: 'PATCH',
        url: `${list.items}/${seedId}/fields`,
        headers: json,
        body: { Title: 'Slow seed patched' },
      },
      postItem('1', { Title: 'Slow one' }), // waits 400 ms before it runs
      postItem('2', { Title: 'Slow two' }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    // While the batch waits, the emulator still answers, and the part before the wait is saved.
    expect(await titlesStartingWith('Slow')).toEqual(['Slow seed patched']);
    const answers = await batch;
    expect([...answers.values()].map((a) => a.status)).toEqual([200, 201, 201]);
    expect(await titlesStartingWith('Slow')).toEqual(['Slow one', 'Slow seed patched', 'Slow two']);
  });
});
