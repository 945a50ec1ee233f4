import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createList,
  errorBodyOf,
  failure,
  relativeLink,
  startHarness,
  type Harness,
  type Item,
  type ListHandle,
  type Page,
} from './harness';

/**
 * Where SharePoint is stricter than a plain database, the emulator is too: what passes here
 * must pass in Microsoft 365. Sources are cited beside each behaviour in the emulator's code
 * and in docs/contracts.md ("What the emulator models").
 */
const PREFER = 'HonorNonIndexedQueriesWarningMayFailRandomly';
let h: Harness;
let small: ListHandle;

beforeAll(async () => {
  h = await startHarness();
  small = await createList(h.client, 'Small', [
    { name: 'Reference', text: {}, indexed: true, enforceUniqueValues: true },
    { name: 'Area', text: {} },
    { name: 'Received', dateTime: { format: 'dateOnly' }, indexed: true },
    { name: 'ReceivedAt', dateTime: { format: 'dateTime' } },
  ]);
  for (const [Reference, Area] of [
    ['CSC-2025-0001', 'cherry'],
    ['CSC-2025-0002', 'Banana'],
    ['ASC-2025-0003', 'apple'],
  ])
    await h.client.api(small.items).post({ fields: { Reference, Area } });
});
afterAll(() => h.stop());

const referencesOf = (page: Page<Item>) => page.value.map((item) => item.fields.Reference);

describe('queries on a column that is not indexed, on a list of three items', () => {
  it('refuses a filter without the Prefer header (400 invalidRequest)', async () => {
    const error = await failure(h.client.api(small.items).filter("fields/Area eq 'apple'").get());
    expect(error.statusCode).toBe(400);
    expect(errorBodyOf(error).code).toBe('invalidRequest');
    expect(error.message).toContain("Field 'Area' cannot be referenced in filter or orderby");
  });

  it('refuses an orderby without the header too', async () => {
    const error = await failure(h.client.api(small.items).orderby('fields/Area').get());
    expect(error.statusCode).toBe(400);
  });

  it('answers both with Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const page = (await h.client
      .api(small.items)
      .header('Prefer', PREFER)
      .expand('fields')
      .filter("fields/Area eq 'apple'")
      .get()) as Page<Item>;
    expect(referencesOf(page)).toEqual(['ASC-2025-0003']);
  });
});

describe('text is compared without regard to case', () => {
  it('eq on text finds the value whatever its case', async () => {
    const page = (await h.client
      .api(small.items)
      .expand('fields')
      .filter("fields/Reference eq 'csc-2025-0001'")
      .get()) as Page<Item>;
    expect(referencesOf(page)).toEqual(['CSC-2025-0001']);
  });

  it('orderby on text sorts without regard to case', async () => {
    const page = (await h.client
      .api(small.items)
      .header('Prefer', PREFER)
      .expand('fields')
      .orderby('fields/Area')
      .get()) as Page<Item>;
    expect(page.value.map((item) => item.fields.Area)).toEqual(['apple', 'Banana', 'cherry']);
  });

  it('a unique column refuses a value that differs only in case (409)', async () => {
    const error = await failure(
      h.client.api(small.items).post({ fields: { Reference: 'csc-2025-0001' } }),
    );
    expect(error.statusCode).toBe(409);
    expect(errorBodyOf(error).code).toBe('nameAlreadyExists');
  });
});

describe('dates', () => {
  it.each(['2025-02-30', '2025-04-31', '2025-13-01', '2025-04-01T24:00:00Z', '2025-04-01T10:60'])(
    'refuses the impossible date %s with 400',
    async (value) => {
      const error = await failure(
        h.client.api(small.items).post({ fields: { Reference: `BAD-${value}`, Received: value } }),
      );
      expect(error.statusCode).toBe(400);
      expect(errorBodyOf(error).code).toBe('invalidRequest');
    },
  );

  it('accepts 29 February in a leap year', async () => {
    const item = (await h.client
      .api(small.items)
      .post({ fields: { Reference: 'LEAP-1', Received: '2024-02-29' } })) as Item;
    expect(item.fields.Received).toBe('2024-02-29T00:00:00Z');
  });

  it.each([
    ['2025-04-01', '2025-03-31T23:00:00Z'], // British Summer Time
    ['2025-04-01T00:00:00Z', '2025-03-31T23:00:00Z'], // 01:00 BST on 1 April
    ['2025-03-31T23:30:00Z', '2025-03-31T23:00:00Z'], // 00:30 BST on 1 April
    ['2025-03-31T22:59:59Z', '2025-03-30T23:00:00Z'], // 23:59 BST on 31 March
    ['2025-01-15', '2025-01-15T00:00:00Z'], // Greenwich Mean Time
    ['2025-03-30', '2025-03-30T00:00:00Z'], // clocks go forward at 01:00: midnight is GMT
    ['2025-10-26', '2025-10-25T23:00:00Z'], // clocks go back at 02:00: midnight is BST
  ])('stores the date-only value %s at midnight in London, answered as %s', async (value, utc) => {
    const item = (await h.client
      .api(small.items)
      .post({ fields: { Reference: `DATE-${value}`, Received: value } })) as Item;
    expect(item.fields.Received).toBe(utc);
    const read = (await h.client.api(`${small.items}/${item.id}`).expand('fields').get()) as Item;
    expect(read.fields.Received).toBe(utc);
  });

  it('keeps a date-and-time column as the instant it was given (UTC)', async () => {
    const item = (await h.client.api(small.items).post({
      fields: { Reference: 'AT-1', ReceivedAt: '2025-04-01T00:30:00+01:00' },
    })) as Item;
    expect(item.fields.ReceivedAt).toBe('2025-03-31T23:30:00Z');
  });

  it('a filter on a date-only column compares the stored instants', async () => {
    const page = (await h.client
      .api(small.items)
      .expand('fields')
      .filter(
        "fields/Received ge '2025-03-31T23:00:00Z' and fields/Received lt '2025-04-01T23:00:00Z'",
      )
      .get()) as Page<Item>;
    expect(referencesOf(page).sort()).toEqual([
      'DATE-2025-03-31T23:30:00Z',
      'DATE-2025-04-01',
      'DATE-2025-04-01T00:00:00Z',
    ]);
  });

  it("follows the site's time zone: midnight in US Central time is 05:00Z in summer", async () => {
    const chicago = await startHarness({ timeZone: 'America/Chicago' });
    try {
      const list = await createList(chicago.client, 'Dates', [
        { name: 'Due', dateTime: { format: 'dateOnly' } },
      ]);
      const summer = (await chicago.client
        .api(list.items)
        .post({ fields: { Due: '2021-09-19' } })) as Item;
      const winter = (await chicago.client
        .api(list.items)
        .post({ fields: { Due: '2021-12-19' } })) as Item;
      expect([summer.fields.Due, winter.fields.Due]).toEqual([
        '2021-09-19T05:00:00Z',
        '2021-12-19T06:00:00Z',
      ]);
    } finally {
      await chicago.stop();
    }
  });
});

describe('paging an ordered query while a colleague saves', () => {
  it('never repeats or skips an item that stayed put', async () => {
    const list = await createList(h.client, 'Paging', [
      { name: 'Rank', number: {}, indexed: true },
    ]);
    for (let rank = 1; rank <= 9; rank++)
      await h.client.api(list.items).post({ fields: { Title: `R${rank}`, Rank: rank * 10 } });
    const titles = (page: Page<Item>) => page.value.map((item) => String(item.fields.Title));

    const first = (await h.client
      .api(list.items)
      .expand('fields')
      .orderby('fields/Rank')
      .top(3)
      .get()) as Page<Item>;
    expect(titles(first)).toEqual(['R1', 'R2', 'R3']);
    // Meanwhile a colleague adds an item that sorts before the page just read, and moves an
    // unread item before it too: offsets would now repeat R2 and R3.
    await h.client.api(list.items).post({ fields: { Title: 'R0', Rank: 5 } });
    const r5 = (await h.client
      .api(list.items)
      .expand('fields')
      .filter('fields/Rank eq 50')
      .get()) as Page<Item>;
    await h.client.api(`${list.items}/${r5.value[0]?.id}/fields`).patch({ Rank: 1 });

    const seen = [...titles(first)];
    let link = first['@odata.nextLink'];
    while (link) {
      const page = (await h.client.api(relativeLink(h.emulator, link)).get()) as Page<Item>;
      seen.push(...titles(page));
      link = page['@odata.nextLink'];
    }
    // R5 moved behind the pages already read (a change the next delta brings); every item
    // that stayed put comes exactly once.
    expect(seen).toEqual(['R1', 'R2', 'R3', 'R4', 'R6', 'R7', 'R8', 'R9']);
  });
});
