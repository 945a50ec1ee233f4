import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, createList, errorBodyOf, failure, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe('sites', () => {
  it('serves the root site with a composite id, and finds it by id', async () => {
    const root = (await h.client.api('/sites/root').get()) as { id: string; webUrl: string };
    expect(root.id).toMatch(/^emulator\.sharepoint\.local,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const byId = (await h.client.api(`/sites/${root.id}`).get()) as { id: string };
    expect(byId.id).toBe(root.id);
  });

  it('finds a site by host name and path, and answers 404 for an unknown one', async () => {
    await control(h.emulator, 'POST', 'sites', { path: '/sites/complaints' });
    const site = (await h.client
      .api('/sites/emulator.sharepoint.local:/sites/complaints')
      .get()) as { id: string; webUrl: string };
    expect(site.webUrl).toBe('https://emulator.sharepoint.local/sites/complaints');
    const lists = (await h.client
      .api('/sites/emulator.sharepoint.local:/sites/complaints:/lists')
      .get()) as { value: { displayName: string }[] };
    // A new site has only its default document library.
    expect(lists.value.map((list) => list.displayName)).toEqual(['Documents']);
    const error = await failure(
      h.client.api('/sites/emulator.sharepoint.local:/sites/nowhere').get(),
    );
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('itemNotFound');
  });
});

describe('lists', () => {
  it('creates a list with columns and gets it by id, by display name and by $filter', async () => {
    const created = (await h.client.api('/sites/root/lists').post({
      displayName: 'Cases',
      columns: [{ name: 'Reference', text: {}, indexed: true }],
      list: { template: 'genericList' },
    })) as { id: string; displayName: string; list: { template: string } };
    expect(created.list.template).toBe('genericList');
    const byId = (await h.client.api(`/sites/root/lists/${created.id}`).get()) as {
      displayName: string;
    };
    expect(byId.displayName).toBe('Cases');
    const byName = (await h.client.api('/sites/root/lists/Cases').get()) as { id: string };
    expect(byName.id).toBe(created.id);
    const filtered = (await h.client
      .api('/sites/root/lists')
      .filter("displayName eq 'Cases'")
      .get()) as { value: { id: string }[] };
    expect(filtered.value.map((list) => list.id)).toEqual([created.id]);
    const none = (await h.client
      .api('/sites/root/lists')
      .filter("displayName eq 'Nope'")
      .get()) as { value: unknown[] };
    expect(none.value).toEqual([]);
  });

  it('refuses a second list with the same title (409 nameAlreadyExists)', async () => {
    await createList(h.client, 'Twice', []);
    const error = await failure(createList(h.client, 'twice', []));
    expect(error.statusCode).toBe(409);
    expect(error.code).toBe('nameAlreadyExists');
  });

  it('answers 404 itemNotFound with Graph error body for a missing list', async () => {
    const error = await failure(h.client.api('/sites/root/lists/NoSuchList').get());
    expect(error.statusCode).toBe(404);
    const body = errorBodyOf(error);
    expect(body.code).toBe('itemNotFound');
    expect(Object.keys(body.innerError).sort()).toEqual([
      'client-request-id',
      'date',
      'request-id',
    ]);
  });

  it('creates a document library with a drive', async () => {
    const library = await createList(h.client, 'Archive', [], 'documentLibrary');
    const drive = (await h.client.api(`/sites/root/lists/${library.id}/drive`).get()) as {
      id: string;
      driveType: string;
    };
    expect(drive.driveType).toBe('documentLibrary');
    const drives = (await h.client.api('/sites/root/drives').get()) as { value: { id: string }[] };
    expect(drives.value.map((d) => d.id)).toContain(drive.id);
  });
});

describe('columns', () => {
  const every = [
    { name: 'Summary', text: { allowMultipleLines: true } },
    { name: 'Status', choice: { choices: ['open', 'closed'] } },
    { name: 'Causes', choice: { choices: ['delay', 'communication'], displayAs: 'checkBoxes' } },
    { name: 'Received', dateTime: { format: 'dateOnly' } },
    { name: 'Days', number: {} },
    { name: 'Cost', currency: { locale: 'en-gb' } },
    { name: 'Late', boolean: {} },
    { name: 'Owner', personOrGroup: {} },
  ];

  it('creates every column type and lists them with their definitions', async () => {
    const list = await createList(h.client, 'Typed', every);
    const columns = (await h.client.api(`/sites/root/lists/${list.id}/columns`).get()) as {
      value: Record<string, unknown>[];
    };
    const byName = new Map(columns.value.map((column) => [column.name, column]));
    for (const column of every) expect(byName.get(column.name)).toMatchObject(column);
    expect(byName.get('Title')).toMatchObject({ text: { maxLength: 255 } });
    expect(byName.get('ID')).toMatchObject({ readOnly: true });
  });

  it('adds a lookup column and indexes a column with PATCH', async () => {
    const target = await createList(h.client, 'Targets', []);
    const list = await createList(h.client, 'Pointers', [{ name: 'Note', text: {} }]);
    const lookup = (await h.client
      .api(`/sites/root/lists/${list.id}/columns`)
      .post({ name: 'Target', lookup: { listId: target.id, columnName: 'Title' } })) as {
      id: string;
      lookup: { listId: string };
    };
    expect(lookup.lookup.listId).toBe(target.id);
    const columns = (await h.client.api(`/sites/root/lists/${list.id}/columns`).get()) as {
      value: { id: string; name: string }[];
    };
    const note = columns.value.find((column) => column.name === 'Note');
    const patched = (await h.client
      .api(`/sites/root/lists/${list.id}/columns/${note?.id}`)
      .patch({ indexed: true })) as { indexed: boolean };
    expect(patched.indexed).toBe(true);
  });

  it('rejects a column without a type, with an unsupported type, or a duplicate name', async () => {
    const list = await createList(h.client, 'Strict', [{ name: 'A', text: {} }]);
    const columns = `/sites/root/lists/${list.id}/columns`;
    expect((await failure(h.client.api(columns).post({ name: 'B' }))).statusCode).toBe(400);
    expect(
      (await failure(h.client.api(columns).post({ name: 'C', calculated: { formula: '=1' } })))
        .statusCode,
    ).toBe(400);
    expect((await failure(h.client.api(columns).post({ name: 'A', text: {} }))).statusCode).toBe(
      409,
    );
  });
});
