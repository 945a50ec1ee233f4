import { ResponseType } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createList, failure, startHarness, type Harness, type ListHandle } from './harness';

let h: Harness;
let library: ListHandle;
let driveId: string;

interface DriveItem {
  id: string;
  name: string;
  size: number;
  file?: { mimeType: string };
  folder?: { childCount: number };
  parentReference: { driveId: string; path?: string };
}

const email = Buffer.from(
  'From: resident@example.invalid\r\nSubject: Fictitious complaint\r\n\r\nHello.\r\n',
);

beforeAll(async () => {
  h = await startHarness();
  library = await createList(h.client, 'Archived emails', [], 'documentLibrary');
  driveId = ((await h.client.api(`/sites/root/lists/${library.id}/drive`).get()) as { id: string })
    .id;
});
afterAll(() => h.stop());

describe('drive upload to a document library', () => {
  it('PUT …/drive/root:/path:/content creates the folders and the file (201), returns a driveItem', async () => {
    const response = (await h.client
      .api(`/sites/root/lists/${library.id}/drive/root:/2025-26/FD-0001/message.eml:/content`)
      .header('Content-Type', 'message/rfc822')
      .responseType(ResponseType.RAW)
      .put(email)) as Response;
    expect(response.status).toBe(201);
    const item = (await response.json()) as DriveItem;
    expect(item).toMatchObject({
      name: 'message.eml',
      size: email.length,
      file: { mimeType: 'message/rfc822' },
    });
    expect(item.parentReference).toMatchObject({
      driveId,
      path: `/drives/${driveId}/root:/2025-26/FD-0001`,
    });
    const folder = (await h.client
      .api(`/drives/${driveId}/root:/2025-26/FD-0001`)
      .get()) as DriveItem;
    expect(folder.folder?.childCount).toBe(1);
  });

  it('gives the content back through /drives/{id}/root:/path:/content (following the redirect)', async () => {
    const content = (await h.client
      .api(`/drives/${driveId}/root:/2025-26/FD-0001/message.eml:/content`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get()) as ArrayBuffer;
    expect(Buffer.from(content).equals(email)).toBe(true);
  });

  it('replaces an existing file with 200, and fails with 409 under conflictBehavior=fail', async () => {
    const path = `/drives/${driveId}/root:/2025-26/FD-0001/message.eml:/content`;
    const response = (await h.client
      .api(path)
      .responseType(ResponseType.RAW)
      .put(Buffer.from('v2'))) as Response;
    expect(response.status).toBe(200);
    const conflict = await failure(
      h.client.api(`${path}?@microsoft.graph.conflictBehavior=fail`).put(Buffer.from('v3')),
    );
    expect(conflict.statusCode).toBe(409);
  });

  it('lists the file as an item of the library', async () => {
    const items = (await h.client.api(`${library.items}`).expand('fields').get()) as {
      value: { fields: Record<string, unknown> }[];
    };
    expect(items.value.map((item) => item.fields.FileLeafRef)).toEqual(['message.eml']);
  });

  it('rejects names SharePoint does not allow, and answers 404 for a missing path', async () => {
    expect(
      (await failure(h.client.api(`/drives/${driveId}/root:/bad|name.eml:/content`).put(email)))
        .statusCode,
    ).toBe(400);
    expect(
      (await failure(h.client.api(`/drives/${driveId}/root:/missing.eml`).get())).statusCode,
    ).toBe(404);
  });
});
