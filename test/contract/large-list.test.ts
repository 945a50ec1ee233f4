import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  relativeLink,
  createList,
  errorBodyOf,
  failure,
  startHarness,
  type Harness,
  type Item,
  type ListHandle,
  type Page,
} from './harness';

const THRESHOLD = 50;
let h: Harness;
let list: ListHandle;

beforeAll(async () => {
  h = await startHarness({ largeListThreshold: THRESHOLD });
  list = await createList(h.client, 'Large', [
    { name: 'Status', choice: { choices: ['open', 'closed'] }, indexed: true },
    { name: 'Area', text: {} },
    { name: 'Rank', number: {}, indexed: true },
  ]);
  for (let start = 0; start < THRESHOLD + 1; start += 20) {
    const requests = Array.from({ length: Math.min(20, THRESHOLD + 1 - start) }, (_, n) => ({
      id: String(n + 1),
      method: 'POST',
      url: list.items,
      headers: { 'Content-Type': 'application/json' },
      body: {
        fields: {
          Status: (start + n) % 2 ? 'open' : 'closed',
          Area: `Area ${(start + n) % 5}`,
          Rank: start + n,
        },
      },
    }));
    await h.client.api('/$batch').post({ requests });
  }
});
afterAll(() => h.stop());

describe(`a list past the large-list threshold (${THRESHOLD} here, 5,000 by default)`, () => {
  it('fails a filter on a non-indexed column the way Graph does', async () => {
    const error = await failure(h.client.api(list.items).filter("fields/Area eq 'Area 1'").get());
    expect(error.statusCode).toBe(400);
    expect(errorBodyOf(error).code).toBe('invalidRequest');
    expect(error.message).toContain(
      "Field 'Area' cannot be referenced in filter or orderby as it is not indexed",
    );
    expect(error.message).toContain('HonorNonIndexedQueriesWarningMayFailRandomly');
  });

  it('fails an orderby on a non-indexed column too', async () => {
    const error = await failure(h.client.api(list.items).orderby('fields/Area').get());
    expect(error.statusCode).toBe(400);
  });

  it('still fails a non-indexed query with the Prefer header: it would read past the threshold', async () => {
    const error = await failure(
      h.client
        .api(list.items)
        .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
        .filter("fields/Area eq 'Area 1'")
        .get(),
    );
    expect(error.statusCode).toBe(500);
    expect(errorBodyOf(error).code).toContain('SPQueryThrottledException');
    expect(error.message).toContain('list view threshold');
  });

  it('fails a filter on an indexed column that matches more items than the threshold', async () => {
    const error = await failure(h.client.api(list.items).filter('fields/Rank ge 0').get());
    expect(error.statusCode).toBe(500);
    expect(errorBodyOf(error).code).toContain('SPQueryThrottledException');
    // The same column, narrowed to fewer items than the threshold, is answered.
    const narrowed = (await h.client
      .api(list.items)
      .filter(`fields/Rank ge 0 and fields/Rank lt ${THRESHOLD}`)
      .top(999)
      .get()) as Page<Item>;
    expect(narrowed.value.length).toBe(THRESHOLD);
  });

  it('holds the first indexed column of an and-chain against the threshold, not the whole filter', async () => {
    // 51 items (threshold 50), 26 of them 'closed'; Status and Rank are indexed.
    // Rank first: Rank ge 0 alone matches 51 > 50, so SharePoint refuses, though the whole
    // filter matches 26.
    const rankFirst = await failure(
      h.client.api(list.items).filter("fields/Rank ge 0 and fields/Status eq 'closed'").get(),
    );
    expect(rankFirst.statusCode).toBe(500);
    expect(errorBodyOf(rankFirst).code).toContain('SPQueryThrottledException');
    // Status first: Status eq 'closed' matches 26 ≤ 50, so the same items are answered.
    const statusFirst = (await h.client
      .api(list.items)
      .filter("fields/Status eq 'closed' and fields/Rank ge 0")
      .top(999)
      .get()) as Page<Item>;
    expect(statusFirst.value.length).toBe(26);
    // Every clause on the first indexed column counts: a range on Rank is one index seek.
    const range = (await h.client
      .api(list.items)
      .filter("fields/Rank ge 10 and fields/Status eq 'closed' and fields/Rank lt 20")
      .get()) as Page<Item>;
    expect(range.value.length).toBe(5);
  });

  it('reads the whole list page by page without a filter, and orders by an indexed column', async () => {
    const page = (await h.client
      .api(list.items)
      .orderby('fields/Rank desc')
      .top(999)
      .get()) as Page<Item>;
    expect(page.value.length).toBe(THRESHOLD + 1);
  });

  it('allows filters on indexed columns, and on a column once it is indexed', async () => {
    const open = (await h.client
      .api(list.items)
      .filter("fields/Status eq 'open'")
      .top(999)
      .get()) as Page<Item>;
    expect(open.value.length).toBe(25);
    await h.client.api(`/sites/root/lists/${list.id}/columns/Area`).patch({ indexed: true });
    const area = (await h.client
      .api(list.items)
      .filter("fields/Area eq 'Area 1'")
      .orderby('fields/Area')
      .get()) as Page<Item>;
    expect(area.value.length).toBe(10);
  });

  it('pages a filtered page ordered by another indexed column correctly (walking that index)', async () => {
    const odd = Array.from({ length: 25 }, (_, n) => 49 - 2 * n);
    for (const orderby of ['fields/Rank desc', 'fields/ID desc']) {
      let page = (await h.client
        .api(list.items)
        .expand('fields(select=Rank)')
        .filter("fields/Status eq 'open'")
        .orderby(orderby)
        .top(3)
        .get()) as Page<Item>;
      const ranks = page.value.map((item) => item.fields.Rank);
      while (page['@odata.nextLink']) {
        page = (await h.client
          .api(relativeLink(h.emulator, page['@odata.nextLink']))
          .get()) as Page<Item>;
        ranks.push(...page.value.map((item) => item.fields.Rank));
      }
      expect(ranks, orderby).toEqual(odd);
    }
  });
});
