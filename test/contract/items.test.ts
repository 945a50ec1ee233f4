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

let h: Harness;
let cases: ListHandle;

const columns = [
  { name: 'Reference', text: {}, indexed: true, enforceUniqueValues: true },
  { name: 'Status', choice: { choices: ['open', 'closed'] }, indexed: true },
  {
    name: 'Causes',
    choice: { choices: ['delay', 'communication', 'financial'], displayAs: 'checkBoxes' },
  },
  { name: 'Received', dateTime: {}, indexed: true },
  { name: 'Days', number: {}, indexed: true },
  { name: 'Late', boolean: {} },
  { name: 'Summary', text: { allowMultipleLines: true } },
  { name: 'Service', text: {}, required: true },
];

const seed = [
  {
    Reference: 'FD-1',
    Status: 'open',
    Received: '2025-04-01',
    Days: 3,
    Late: false,
    Service: 'Fostering',
  },
  {
    Reference: 'FD-2',
    Status: 'closed',
    Received: '2025-04-03',
    Days: 12,
    Late: true,
    Service: 'Adoption',
  },
  {
    Reference: 'FD-3',
    Status: 'open',
    Received: '2025-04-02',
    Days: 25,
    Late: true,
    Service: 'Finance',
  },
  {
    Reference: 'XX-4',
    Status: 'open',
    Received: '2025-04-05',
    Days: 7,
    Late: false,
    Service: 'Fostering',
  },
  {
    Reference: 'FD-5',
    Status: 'closed',
    Received: '2025-04-04',
    Days: 20,
    Late: false,
    Service: 'Leaving care',
  },
];

beforeAll(async () => {
  h = await startHarness();
  cases = await createList(h.client, 'Cases', columns);
  for (const fields of seed) await h.client.api(cases.items).post({ fields });
});
afterAll(() => h.stop());

const references = async (
  query: (request: ReturnType<typeof h.client.api>) => ReturnType<typeof h.client.api>,
) => {
  const page = (await query(
    h.client.api(cases.items).expand('fields(select=Reference)'),
  ).get()) as Page<Item>;
  return page.value.map((item) => item.fields.Reference);
};

describe('create and read', () => {
  it('creates an item (201) and returns it with its fields and an ETag', async () => {
    const response = (await h.client
      .api(cases.items)
      .responseType('raw' as never)
      .post({ fields: { Reference: 'NEW-1', Service: 'Adoption', Days: '4.5' } })) as Response;
    expect(response.status).toBe(201);
    const item = (await response.json()) as Item;
    expect(item.fields).toMatchObject({
      Reference: 'NEW-1',
      Service: 'Adoption',
      Days: 4.5,
      id: item.id,
    });
    expect(item.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(response.headers.get('ETag')).toBe(item.eTag);
    await h.client.api(`${cases.items}/${item.id}`).delete();
  });

  it('gets one item with expand=fields, and leaves fields out without it', async () => {
    const page = (await h.client
      .api(cases.items)
      .filter("fields/Reference eq 'FD-2'")
      .get()) as Page<Item>;
    const id = page.value[0]?.id;
    expect(page.value[0]?.fields).toBeUndefined();
    const item = (await h.client.api(`${cases.items}/${id}`).expand('fields').get()) as Item;
    expect(item.fields).toMatchObject({
      Reference: 'FD-2',
      Status: 'closed',
      Received: '2025-04-03T00:00:00Z',
      Late: true,
    });
  });

  it('selects fields with expand=fields(select=...) in both spellings', async () => {
    const a = (await h.client
      .api(cases.items)
      .expand('fields(select=Reference,Days)')
      .top(1)
      .get()) as Page<Item>;
    expect(Object.keys(a.value[0]?.fields ?? {}).sort()).toEqual([
      '@odata.etag',
      'Days',
      'Reference',
    ]);
    const b = (await h.client
      .api(cases.items)
      .expand('fields($select=Status)')
      .top(1)
      .get()) as Page<Item>;
    expect(Object.keys(b.value[0]?.fields ?? {}).sort()).toEqual(['@odata.etag', 'Status']);
  });

  it('leaves empty values out of fields, as Graph does', async () => {
    const page = (await h.client
      .api(cases.items)
      .expand('fields')
      .filter("fields/Reference eq 'FD-1'")
      .get()) as Page<Item>;
    expect(page.value[0]?.fields).not.toHaveProperty('Summary');
  });
});

describe('$filter, $orderby, $top', () => {
  it('supports eq ne lt gt le ge', async () => {
    expect(await references((r) => r.filter("fields/Status eq 'closed'"))).toEqual([
      'FD-2',
      'FD-5',
    ]);
    expect(await references((r) => r.filter("fields/Status ne 'open'"))).toEqual(['FD-2', 'FD-5']);
    expect(await references((r) => r.filter('fields/Days lt 12'))).toEqual(['FD-1', 'XX-4']);
    expect(await references((r) => r.filter('fields/Days le 12'))).toEqual([
      'FD-1',
      'FD-2',
      'XX-4',
    ]);
    expect(await references((r) => r.filter('fields/Days gt 20'))).toEqual(['FD-3']);
    expect(await references((r) => r.filter('fields/Days ge 20'))).toEqual(['FD-3', 'FD-5']);
    expect(await references((r) => r.filter("fields/Received ge '2025-04-04'"))).toEqual([
      'XX-4',
      'FD-5',
    ]);
  });

  it('supports startswith, and, or, not and parentheses', async () => {
    expect(await references((r) => r.filter("startswith(fields/Reference,'FD')"))).toEqual([
      'FD-1',
      'FD-2',
      'FD-3',
      'FD-5',
    ]);
    expect(
      await references((r) =>
        r.filter("fields/Status eq 'open' and (fields/Days gt 20 or fields/Days lt 5)"),
      ),
    ).toEqual(['FD-1', 'FD-3']);
    expect(
      await references((r) =>
        r.filter("(fields/Status eq 'open' and fields/Days gt 20) or fields/Reference eq 'FD-5'"),
      ),
    ).toEqual(['FD-3', 'FD-5']);
    expect(await references((r) => r.filter("not startswith(fields/Reference,'FD')"))).toEqual([
      'XX-4',
    ]);
  });

  it('orders by a field, descending, with ties broken by id', async () => {
    expect(await references((r) => r.orderby('fields/Received desc'))).toEqual([
      'XX-4',
      'FD-5',
      'FD-2',
      'FD-3',
      'FD-1',
    ]);
    expect(
      await references((r) => r.filter("fields/Status eq 'open'").orderby('fields/Days')),
    ).toEqual(['FD-1', 'XX-4', 'FD-3']);
  });

  it('pages with $top and @odata.nextLink until the end', async () => {
    let page = (await h.client
      .api(cases.items)
      .expand('fields(select=Reference)')
      .orderby('fields/Days desc')
      .top(2)
      .get()) as Page<Item>;
    const seen = page.value.map((item) => item.fields.Reference);
    let pages = 1;
    while (page['@odata.nextLink']) {
      expect(page['@odata.nextLink']).toContain('$skiptoken=');
      page = (await h.client
        .api(relativeLink(h.emulator, page['@odata.nextLink']))
        .get()) as Page<Item>;
      seen.push(...page.value.map((item) => item.fields.Reference));
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['FD-3', 'FD-5', 'FD-2', 'XX-4', 'FD-1']);
  });

  it('matches a multi-choice value with eq', async () => {
    const created = (await h.client.api(cases.items).post({
      fields: {
        Reference: 'MC-1',
        Service: 'Finance',
        'Causes@odata.type': 'Collection(Edm.String)',
        Causes: ['delay', 'financial'],
      },
    })) as Item;
    expect(created.fields.Causes).toEqual(['delay', 'financial']);
    // A multi-choice column cannot be indexed in SharePoint: filtering on it needs the header.
    expect(
      await references((r) =>
        r
          .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
          .filter("fields/Causes eq 'financial'"),
      ),
    ).toEqual(['MC-1']);
    await h.client.api(`${cases.items}/${created.id}`).delete();
  });

  it('rejects a malformed filter and an unknown field with 400', async () => {
    const broken = await failure(h.client.api(cases.items).filter("fields/Status eq 'open").get());
    expect(broken.statusCode).toBe(400);
    const unknown = await failure(h.client.api(cases.items).filter("fields/Nope eq 'x'").get());
    expect(unknown.statusCode).toBe(400);
    expect(unknown.code).toBe('invalidRequest');
  });
});

describe('update and delete', () => {
  it('PATCHes fields, returns the fields, bumps the ETag version', async () => {
    const item = (await h.client
      .api(cases.items)
      .post({ fields: { Reference: 'UP-1', Service: 'Finance' } })) as Item;
    const fields = (await h.client
      .api(`${cases.items}/${item.id}/fields`)
      .patch({ Status: 'closed', Days: 9 })) as Record<string, unknown>;
    expect(fields).toMatchObject({
      Reference: 'UP-1',
      Status: 'closed',
      Days: 9,
      Service: 'Finance',
    });
    expect(fields['@odata.etag']).toMatch(/,2"$/);
  });

  it('honours If-Match: a stale ETag gets 412 and changes nothing; the current one works', async () => {
    const item = (await h.client
      .api(cases.items)
      .post({ fields: { Reference: 'ET-1', Service: 'Finance' } })) as Item;
    await h.client.api(`${cases.items}/${item.id}/fields`).patch({ Days: 1 });
    const stale = await failure(
      h.client
        .api(`${cases.items}/${item.id}/fields`)
        .header('If-Match', item.eTag)
        .patch({ Days: 2 }),
    );
    expect(stale.statusCode).toBe(412);
    expect(errorBodyOf(stale).code).toBe('preconditionFailed');
    const current = (await h.client.api(`${cases.items}/${item.id}`).get()) as Item;
    expect(current.eTag).toMatch(/,2"$/);
    const fields = (await h.client
      .api(`${cases.items}/${item.id}/fields`)
      .header('If-Match', current.eTag)
      .patch({ Days: 3 })) as Record<string, unknown>;
    expect(fields.Days).toBe(3);
    const staleDelete = await failure(
      h.client.api(`${cases.items}/${item.id}`).header('If-Match', current.eTag).delete(),
    );
    expect(staleDelete.statusCode).toBe(412);
  });

  it('deletes with 204 and then answers 404', async () => {
    const item = (await h.client
      .api(cases.items)
      .post({ fields: { Reference: 'DEL-1', Service: 'Finance' } })) as Item;
    const response = (await h.client
      .api(`${cases.items}/${item.id}`)
      .responseType('raw' as never)
      .delete()) as Response;
    expect(response.status).toBe(204);
    const gone = await failure(h.client.api(`${cases.items}/${item.id}`).get());
    expect(gone.statusCode).toBe(404);
    expect(gone.code).toBe('itemNotFound');
  });
});

describe('Graph strictness on writes', () => {
  it('rejects an unknown field: 400 invalidRequest "Field \'X\' is not recognized"', async () => {
    const error = await failure(
      h.client
        .api(cases.items)
        .post({ fields: { Reference: 'BAD-1', Service: 'x', Colour: 'red' } }),
    );
    expect(error.statusCode).toBe(400);
    expect(errorBodyOf(error)).toMatchObject({
      code: 'invalidRequest',
      message: "Field 'Colour' is not recognized",
    });
  });

  it('rejects wrongly typed values with 400', async () => {
    for (const fields of [
      { Days: 'many' },
      { Late: 'yes' },
      { Received: 'last Tuesday' },
      { Reference: 42 },
      { Status: ['open'] },
    ]) {
      const error = await failure(
        h.client.api(cases.items).post({ fields: { Service: 'x', ...fields } }),
      );
      expect(error.statusCode, JSON.stringify(fields)).toBe(400);
      expect(error.code).toBe('invalidRequest');
    }
  });

  it('rejects a multi-choice value without its @odata.type', async () => {
    const error = await failure(
      h.client.api(cases.items).post({ fields: { Service: 'x', Causes: ['delay'] } }),
    );
    expect(error.statusCode).toBe(400);
  });

  it('rejects a missing required value, on create and when cleared', async () => {
    const missing = await failure(
      h.client.api(cases.items).post({ fields: { Reference: 'REQ-1' } }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.message).toContain("'Service'");
    const item = (await h.client
      .api(cases.items)
      .post({ fields: { Reference: 'REQ-2', Service: 'x' } })) as Item;
    const cleared = await failure(
      h.client.api(`${cases.items}/${item.id}/fields`).patch({ Service: null }),
    );
    expect(cleared.statusCode).toBe(400);
  });

  it('enforces unique values with 409', async () => {
    const error = await failure(
      h.client.api(cases.items).post({ fields: { Reference: 'FD-1', Service: 'x' } }),
    );
    expect(error.statusCode).toBe(409);
  });

  it('rejects writing a read-only field', async () => {
    const error = await failure(
      h.client.api(cases.items).post({ fields: { Service: 'x', Created: '2020-01-01' } }),
    );
    expect(error.statusCode).toBe(400);
  });
});
