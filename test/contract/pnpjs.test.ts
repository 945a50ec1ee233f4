import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DefaultHeaders,
  DefaultInit,
  GraphInstance,
  graphPatch,
  graphfi,
  type GraphFI,
} from '@pnp/graph';
import '@pnp/graph/sites';
import '@pnp/graph/lists';
import '@pnp/graph/list-item';
import '@pnp/graph/batching';
import { BearerToken, BrowserFetch, DefaultParse, InjectHeaders, body } from '@pnp/queryable';
import { createList, startHarness, type Harness, type ListHandle } from './harness';

/**
 * PnPjs (`@pnp/graph`), a client nobody here wrote, against the emulator: what it sends must
 * be answered as Graph answers it. Our own client tolerates some quirks (it was written
 * against this emulator); a second, independent client catches them (docs/contracts.md,
 * "A second client").
 *
 * PnPjs wants https Graph and MSAL by default; its docs let a root be composed from
 * behaviours instead: DefaultInit with the emulator's base URL, DefaultHeaders, the
 * fetch-based transport, its default parser, and a bearer token.
 */
const THRESHOLD = 30;
let h: Harness;
let list: ListHandle;
let pnp: GraphFI;
let siteId: string;

interface PnpItem {
  id: string;
  eTag?: string;
  fields?: Record<string, unknown>;
}

beforeAll(async () => {
  h = await startHarness({ largeListThreshold: THRESHOLD });
  list = await createList(h.client, 'PnP cases', [
    { name: 'Reference', text: {}, indexed: true },
    { name: 'Team', text: {}, indexed: true },
    { name: 'Notes', text: {} },
  ]);
  // 40 items (past the threshold of 30): 10 in each of four teams.
  for (let start = 0; start < 40; start += 20) {
    const requests = Array.from({ length: 20 }, (_, n) => ({
      id: String(n + 1),
      method: 'POST',
      url: list.items,
      headers: { 'Content-Type': 'application/json' },
      body: {
        fields: {
          Title: `Case ${start + n}`,
          Reference: `PNP-${String(start + n).padStart(4, '0')}`,
          Team: `Team ${(start + n) % 4}`,
          Notes: 'fictitious',
        },
      },
    }));
    await h.client.api('/$batch').post({ requests });
  }
  siteId = ((await h.client.api('/sites/root').get()) as { id: string }).id;
  pnp = graphfi().using(
    DefaultInit(h.emulator.graphUrl),
    DefaultHeaders(),
    BrowserFetch(),
    DefaultParse(),
    BearerToken('contract-test-token'),
  );
}, 60_000);
afterAll(() => h.stop());

const items = () => pnp.sites.getById(siteId).lists.getById(list.id).items;

/** PnPjs rejects with an HttpRequestError carrying the response. */
async function pnpFailure(request: Promise<unknown>): Promise<{ status: number; body: string }> {
  try {
    await request;
  } catch (error) {
    const e = error as { status?: number; response?: Response };
    if (typeof e.status === 'number')
      return { status: e.status, body: (await e.response?.clone().text()) ?? '' };
    throw error;
  }
  throw new Error('the request succeeded but was expected to fail');
}

describe('PnPjs against the emulator', () => {
  it('reads list items with a filter on an indexed column', async () => {
    const found = (await items()
      .expand('fields')
      .filter("fields/Reference eq 'PNP-0007'")()) as PnpItem[];
    expect(found.map((item) => item.fields?.Title)).toEqual(['Case 7']);
  });

  it('is refused a filter on a column that is not indexed (400 invalidRequest)', async () => {
    const failure = await pnpFailure(items().filter("fields/Notes eq 'fictitious'")());
    expect(failure.status).toBe(400);
    expect(JSON.parse(failure.body).error.code).toBe('invalidRequest');
  });

  it('is refused a filter matching more than the threshold on a large list', async () => {
    const failure = await pnpFailure(items().filter("fields/Reference ge 'PNP-0000'")());
    expect(failure.status).toBe(500);
    expect(JSON.parse(failure.body).error.code).toContain('SPQueryThrottledException');
  });

  it('pages through the items with its own paging, each item once', async () => {
    const seen: string[] = [];
    for await (const page of items().top(7)) seen.push(...(page as PnpItem[]).map((i) => i.id));
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
  });

  it('gets 412 for an update with a stale If-Match, and the update with the fresh one lands', async () => {
    const [first] = (await items().filter("fields/Reference eq 'PNP-0001'")()) as PnpItem[];
    const item = items().getById(first!.id);
    // PATCH …/items/{id}/fields, as Microsoft documents the update (listitem-update).
    const fields = (ifMatch?: string) => {
      const queryable = GraphInstance(item, 'fields');
      return ifMatch ? queryable.using(InjectHeaders({ 'If-Match': ifMatch })) : queryable;
    };
    const stale = first!.eTag!;
    await graphPatch(fields(), body({ Notes: 'changed by a colleague' }));
    const failure = await pnpFailure(graphPatch(fields(stale), body({ Notes: 'mine' })));
    expect(failure.status).toBe(412);
    const fresh = (await item()) as PnpItem;
    await graphPatch(fields(fresh.eTag!), body({ Notes: 'mine' }));
    const after = (await item.expand('fields')()) as PnpItem;
    expect(after.fields?.Notes).toBe('mine');
  });

  it('runs a $batch of reads and a write, each answered on its own', async () => {
    const [batched, execute] = pnp.batched();
    // One fresh chain per request: a PnPjs instance belongs to one batch request.
    const batchItems = () => batched.sites.getById(siteId).lists.getById(list.id).items;
    let byReference: PnpItem[] = [];
    let added: PnpItem | undefined;
    let refused: unknown;
    batchItems()
      .expand('fields')
      .filter("fields/Reference eq 'PNP-0003'")()
      .then((value) => (byReference = value as PnpItem[]));
    batchItems()
      .add({ fields: { Title: 'Batched', Reference: 'PNP-9000', Team: 'Team 9' } } as never)
      .then((value) => (added = value as PnpItem));
    batchItems()
      .filter("fields/Notes eq 'x'")()
      .then(undefined, (error: unknown) => (refused = error));
    await execute();
    expect(byReference.map((item) => item.fields?.Title)).toEqual(['Case 3']);
    expect(added?.id).toBeTruthy();
    expect((refused as { status?: number }).status).toBe(400);
  });
});
