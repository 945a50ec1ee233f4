import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createList, errorBodyOf, failure, startHarness, type Harness, type Item } from './harness';

/**
 * Version history of list items (Graph's listItemVersion:
 * https://learn.microsoft.com/graph/api/resources/listitemversion and listitemversion-get,
 * whose example asks for a version's values with `expand=fields`). SharePoint lists keep a
 * version for every write; the audit trail of action plans reads them.
 */
interface Version {
  id: string;
  lastModifiedDateTime: string;
  lastModifiedBy: { user?: { displayName?: string } };
  fields?: Record<string, unknown>;
}

let h: Harness;
let items: string;

beforeAll(async () => {
  h = await startHarness();
  ({ items } = await createList(h.client, 'Plans', [
    { name: 'PlanStatus', choice: { choices: ['draft', 'submitted', 'approved'] } },
    { name: 'Note', text: {} },
  ]));
});
afterAll(() => h.stop());

describe('GET …/items/{id}/versions', () => {
  it('keeps one version per write, newest first, each with who and when', async () => {
    const created = (await h.client
      .api(items)
      .post({ fields: { Title: 'Plan A', PlanStatus: 'draft' } })) as Item;
    await h.client.api(`${items}/${created.id}/fields`).patch({ PlanStatus: 'submitted' });
    await h.client
      .api(`${items}/${created.id}/fields`)
      .patch({ PlanStatus: 'approved', Note: 'Signed off' });

    const page = (await h.client.api(`${items}/${created.id}/versions`).get()) as {
      value: Version[];
    };
    expect(page.value.map((version) => version.id)).toEqual(['3.0', '2.0', '1.0']);
    for (const version of page.value) {
      expect(Date.parse(version.lastModifiedDateTime)).not.toBeNaN();
      expect(version.lastModifiedBy.user?.displayName).toBeTruthy();
      expect(version.fields).toBeUndefined(); // only with expand=fields
    }
  });

  it('gives the fields as they were after each write with expand=fields', async () => {
    const created = (await h.client
      .api(items)
      .post({ fields: { Title: 'Plan B', PlanStatus: 'draft' } })) as Item;
    await h.client.api(`${items}/${created.id}/fields`).patch({ PlanStatus: 'submitted' });

    const listed = (await h.client
      .api(`${items}/${created.id}/versions`)
      .expand('fields')
      .get()) as { value: Version[] };
    expect(listed.value.map((version) => version.fields?.PlanStatus)).toEqual([
      'submitted',
      'draft',
    ]);

    const first = (await h.client
      .api(`${items}/${created.id}/versions/1.0`)
      .expand('fields')
      .get()) as Version;
    expect(first.id).toBe('1.0');
    expect(first.fields?.PlanStatus).toBe('draft');
    expect(first.fields?.Title).toBe('Plan B');
  });

  it('answers 404 for a version or an item that does not exist', async () => {
    const created = (await h.client.api(items).post({ fields: { Title: 'Plan C' } })) as Item;
    const noVersion = await failure(h.client.api(`${items}/${created.id}/versions/9.0`).get());
    expect(noVersion.statusCode).toBe(404);
    expect(errorBodyOf(noVersion).code).toBe('itemNotFound');
    await h.client.api(`${items}/${created.id}`).delete();
    const gone = await failure(h.client.api(`${items}/${created.id}/versions`).get());
    expect(gone.statusCode).toBe(404);
  });

  it('keeps no version of a write that failed', async () => {
    const created = (await h.client.api(items).post({ fields: { Title: 'Plan D' } })) as Item;
    await failure(h.client.api(`${items}/${created.id}/fields`).patch({ PlanStatus: 42 }));
    const page = (await h.client.api(`${items}/${created.id}/versions`).get()) as {
      value: Version[];
    };
    expect(page.value.map((version) => version.id)).toEqual(['1.0']);
  });
});
