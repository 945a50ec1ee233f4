import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createList,
  failure,
  startHarness,
  type Harness,
  type Item,
  type ListHandle,
  type Page,
} from './harness';

let h: Harness;
let cases: ListHandle;
let actions: ListHandle;

beforeAll(async () => {
  h = await startHarness();
  cases = await createList(h.client, 'Cases', [{ name: 'Reference', text: {}, indexed: true }]);
  actions = await createList(h.client, 'Actions', [
    { name: 'Case', lookup: { listId: cases.id, columnName: 'Reference' }, indexed: true },
    { name: 'Owner', personOrGroup: {} },
    { name: 'Note', text: { maxLength: 20 } },
  ]);
  await h.client.api(cases.items).post({ fields: { Reference: 'FD-1' } });
  await h.client.api(cases.items).post({ fields: { Reference: 'FD-2' } });
});
afterAll(() => h.stop());

describe('lookup and person columns', () => {
  it('writes ids to <Name>LookupId and reads them back as strings', async () => {
    const item = (await h.client
      .api(actions.items)
      .post({ fields: { Title: 'Train staff', CaseLookupId: 2, OwnerLookupId: '7' } })) as Item;
    expect(item.fields).toMatchObject({ CaseLookupId: '2', OwnerLookupId: '7' });
  });

  it('filters on a lookup id', async () => {
    await h.client.api(actions.items).post({ fields: { Title: 'Apologise', CaseLookupId: 1 } });
    const page = (await h.client
      .api(actions.items)
      .expand('fields')
      .filter('fields/CaseLookupId eq 1')
      .get()) as Page<Item>;
    expect(page.value.map((item) => item.fields.Title)).toEqual(['Apologise']);
  });

  it('rejects the lookup by its display name, and a non-numeric id', async () => {
    expect(
      (await failure(h.client.api(actions.items).post({ fields: { Case: 'FD-1' } }))).statusCode,
    ).toBe(400);
    expect(
      (await failure(h.client.api(actions.items).post({ fields: { CaseLookupId: 'FD-1' } })))
        .statusCode,
    ).toBe(400);
  });

  it("enforces a single-line text column's maxLength", async () => {
    const error = await failure(
      h.client.api(actions.items).post({ fields: { Note: 'x'.repeat(21) } }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain('Note');
  });
});
