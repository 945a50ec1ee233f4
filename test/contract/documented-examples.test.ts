import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, createList, failure, startHarness, type Harness } from './harness';

/**
 * Microsoft's own documented request examples, sent as the documentation sends them (in our
 * own values), are answered as Graph answers them. docs/contracts.md, "What the emulator
 * models", cites each page.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

interface Column {
  id: string;
  name: string;
  displayName: string;
  readOnly?: boolean;
  text?: object;
  personOrGroup?: object;
}

describe('columns named like the built-in ones', () => {
  it('list-create with a column named Author: 201, the column kept as Author0, Created by untouched', async () => {
    const list = (await h.client.api('/sites/root/lists').post({
      displayName: 'Library catalogue',
      columns: [
        { name: 'Author', text: {} },
        { name: 'PageCount', number: {} },
      ],
      list: { template: 'genericList' },
    })) as { id: string };
    const columns = (await h.client.api(`/sites/root/lists/${list.id}/columns`).get()) as {
      value: Column[];
    };
    const byName = new Map(columns.value.map((column) => [column.name, column]));
    expect(byName.get('Author')?.personOrGroup).toBeDefined();
    expect(byName.get('Author')?.readOnly).toBe(true);
    expect(byName.get('Author0')?.displayName).toBe('Author');
    expect(byName.get('Author0')?.text).toBeDefined();
    expect(byName.get('PageCount')).toBeDefined();
    // The text lands in Author0; Author stays the person who created the item.
    const item = (await h.client
      .api(`/sites/root/lists/${list.id}/items`)
      .post({ fields: { Title: 'A book', Author0: 'A. N. Writer', PageCount: 212 } })) as {
      fields: Record<string, unknown>;
    };
    expect(item.fields.Author0).toBe('A. N. Writer');
    expect(typeof item.fields.Author).not.toBe('string');
  });

  it('posting a column named Title: 201 as Title0, the list’s Title column unchanged', async () => {
    const list = await createList(h.client, 'Titles', []);
    const created = (await h.client.api(`/sites/root/lists/${list.id}/columns`).post({
      description: 'a second title',
      enforceUniqueValues: false,
      hidden: false,
      indexed: false,
      name: 'Title',
      text: { allowMultipleLines: false, maxLength: 255 },
    })) as Column;
    expect(created.name).toBe('Title0');
    expect(created.displayName).toBe('Title');
    const again = (await h.client
      .api(`/sites/root/lists/${list.id}/columns`)
      .post({ name: 'title', text: {} })) as Column;
    expect(again.name).toBe('title1');
  });

  it('still refuses a second custom column of the same name (409)', async () => {
    const list = await createList(h.client, 'Twice', [{ name: 'Area', text: {} }]);
    const error = await failure(
      h.client.api(`/sites/root/lists/${list.id}/columns`).post({ name: 'Area', text: {} }),
    );
    expect(error.statusCode).toBe(409);
  });
});

describe('site addressing', () => {
  it('GET /sites/{hostname} is the root site', async () => {
    const root = (await h.client.api('/sites/root').get()) as { id: string };
    const byHost = (await h.client.api('/sites/emulator.sharepoint.local').get()) as {
      id: string;
      webUrl: string;
    };
    expect(byHost.id).toBe(root.id);
    expect(byHost.webUrl).toBe('https://emulator.sharepoint.local');
  });

  it('GET /sites/{hostname}:/sites/{path} finds the site; another host is 404', async () => {
    await control(h.emulator, 'POST', 'sites', { path: '/sites/complaints' });
    const site = (await h.client
      .api('/sites/emulator.sharepoint.local:/sites/complaints')
      .get()) as { id: string; name: string };
    expect(site.name).toBe('complaints');
    const other = await failure(h.client.api('/sites/contoso.sharepoint.com').get());
    expect(other.statusCode).toBe(404);
    expect(other.code).toBe('itemNotFound');
  });
});

describe('/sites/{id}/drive, the site’s default Documents library', () => {
  it('is there on every site, listed as the Documents library, and takes uploads', async () => {
    const root = (await h.client.api('/sites/root').get()) as { id: string };
    const drive = (await h.client.api(`/sites/${root.id}/drive`).get()) as {
      id: string;
      name: string;
      driveType: string;
      webUrl: string;
    };
    expect(drive.driveType).toBe('documentLibrary');
    expect(drive.name).toBe('Documents');
    expect(drive.webUrl).toBe('https://emulator.sharepoint.local/Shared%20Documents');
    const lists = (await h.client
      .api('/sites/root/lists')
      .filter("displayName eq 'Documents'")
      .get()) as { value: { list: { template: string } }[] };
    expect(lists.value.map((list) => list.list.template)).toEqual(['documentLibrary']);
    const uploaded = (await h.client
      .api('/sites/root/drive/root:/notes/hello.txt:/content')
      .header('Content-Type', 'text/plain')
      .put('hello')) as { name: string; parentReference: { driveId: string } };
    expect(uploaded.name).toBe('hello.txt');
    expect(uploaded.parentReference.driveId).toBe(drive.id);
    await control(h.emulator, 'POST', 'sites', { path: '/sites/extra' });
    const extra = (await h.client
      .api('/sites/emulator.sharepoint.local:/sites/extra:/drive')
      .get()) as { id: string };
    expect(extra.id).not.toBe(drive.id);
  });
});

describe('$expand=columns,items(expand=fields) on a list', () => {
  it('answers the list with its columns and its items with their fields', async () => {
    const list = await createList(h.client, 'Expanded', [{ name: 'Colour', text: {} }]);
    for (const [Title, Colour] of [
      ['One', 'red'],
      ['Two', 'blue'],
    ])
      await h.client.api(list.items).post({ fields: { Title, Colour } });
    const expanded = (await h.client
      .api(`/sites/root/lists/${list.id}`)
      .expand('columns,items(expand=fields)')
      .get()) as {
      id: string;
      columns: Column[];
      items: { id: string; fields: Record<string, unknown> }[];
    };
    expect(expanded.id).toBe(list.id);
    expect(expanded.columns.map((column) => column.name)).toContain('Colour');
    expect(expanded.items.map((item) => item.fields.Colour)).toEqual(['red', 'blue']);
  });

  it('keeps the items rules: a filter on a column that is not indexed is refused there too', async () => {
    const list = await createList(h.client, 'Expanded strict', [{ name: 'Colour', text: {} }]);
    const error = await failure(
      h.client
        .api(`/sites/root/lists/${list.id}`)
        .expand("items(expand=fields;filter=fields/Colour eq 'red')")
        .get(),
    );
    expect(error.statusCode).toBe(400);
  });
});
