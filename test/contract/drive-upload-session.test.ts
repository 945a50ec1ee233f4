import { ResponseType } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, createList, failure, startHarness, type Harness } from './harness';

/**
 * The emulator's upload sessions, checked against what Microsoft documents for
 * driveItem: createUploadSession and uploading its bytes: an upload URL that needs no token,
 * 202 with nextExpectedRanges until the last byte, then 201 (new file) or 200 (replaced) with
 * the driveItem; a fragment that is not the next expected one is refused with 416.
 */
let h: Harness;
let driveId: string;

const KIB = 1024;
const UNIT = 320 * KIB;

/** Deterministic bytes covering every value, so a shifted or dropped byte shows. */
function bytesOf(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

interface SessionStatus {
  uploadUrl?: string;
  expirationDateTime: string;
  nextExpectedRanges: string[];
}

async function openSession(path: string, conflict?: string): Promise<SessionStatus> {
  return (await h.client
    .api(`/drives/${driveId}/root:/${path}:/createUploadSession`)
    .post(
      conflict ? { item: { '@microsoft.graph.conflictBehavior': conflict } } : {},
    )) as SessionStatus;
}

/** A fragment PUT as Graph's docs show it: plain HTTP, no Authorization header. */
function putRange(url: string, file: Buffer, start: number, end: number, total = file.length) {
  return fetch(url, {
    method: 'PUT',
    headers: { 'Content-Range': `bytes ${start}-${end}/${total}` },
    body: new Uint8Array(file.subarray(start, end + 1)),
  });
}

async function download(path: string): Promise<Buffer> {
  return Buffer.from(
    (await h.client
      .api(`/drives/${driveId}/root:/${path}:/content`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get()) as ArrayBuffer,
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    await h.client.api(`/drives/${driveId}/root:/${path}`).get();
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  h = await startHarness();
  const library = await createList(h.client, 'Archived emails', [], 'documentLibrary');
  driveId = ((await h.client.api(`/sites/root/lists/${library.id}/drive`).get()) as { id: string })
    .id;
});
afterAll(() => h.stop());

describe('upload sessions (createUploadSession)', () => {
  it('opens a session with an upload URL and 0- expected', async () => {
    const session = await openSession('s/a.eml');
    expect(session.uploadUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(session.nextExpectedRanges).toEqual(['0-']);
    expect(Date.parse(session.expirationDateTime)).toBeGreaterThan(Date.now());
  });

  it('takes fragments in order: 202 and the next range, then 201 with the driveItem; bytes equal', async () => {
    const file = bytesOf(2 * UNIT + 1234);
    const { uploadUrl } = await openSession('s/three-parts.eml');
    const first = await putRange(uploadUrl!, file, 0, UNIT - 1);
    expect(first.status).toBe(202);
    expect(((await first.json()) as SessionStatus).nextExpectedRanges).toEqual([
      `${UNIT}-${file.length - 1}`,
    ]);
    expect(await exists('s/three-parts.eml')).toBe(false); // nothing shows before the last byte
    const second = await putRange(uploadUrl!, file, UNIT, 2 * UNIT - 1);
    expect(second.status).toBe(202);
    const last = await putRange(uploadUrl!, file, 2 * UNIT, file.length - 1);
    expect(last.status).toBe(201);
    const item = (await last.json()) as { name: string; size: number; file: { mimeType: string } };
    expect(item).toMatchObject({
      name: 'three-parts.eml',
      size: file.length,
      file: { mimeType: 'message/rfc822' },
    });
    expect((await download('s/three-parts.eml')).equals(file)).toBe(true);
    // The session is finished: its URL no longer answers.
    expect((await fetch(uploadUrl!)).status).toBe(404);
  });

  it('answers 200 when the session replaces an existing file, and keeps one file', async () => {
    const file = bytesOf(UNIT + 10, 3);
    const { uploadUrl } = await openSession('s/three-parts.eml', 'replace');
    expect((await putRange(uploadUrl!, file, 0, UNIT - 1)).status).toBe(202);
    expect((await putRange(uploadUrl!, file, UNIT, file.length - 1)).status).toBe(200);
    expect((await download('s/three-parts.eml')).equals(file)).toBe(true);
    const children = (await h.client.api(`/drives/${driveId}/root:/s:/children`).get()) as {
      value: { name: string }[];
    };
    expect(children.value.filter((c) => c.name === 'three-parts.eml')).toHaveLength(1);
  });

  it('refuses an overlapping fragment and one out of order with 416, changing nothing', async () => {
    const file = bytesOf(3 * UNIT, 11);
    const { uploadUrl } = await openSession('s/ordered.eml');
    expect((await putRange(uploadUrl!, file, 0, UNIT - 1)).status).toBe(202);
    const overlap = await putRange(uploadUrl!, file, UNIT - 100, 2 * UNIT - 101);
    expect(overlap.status).toBe(416);
    expect(((await overlap.json()) as { error: { code: string } }).error.code).toBe('invalidRange');
    const gap = await putRange(uploadUrl!, file, 2 * UNIT, 3 * UNIT - 1);
    expect(gap.status).toBe(416);
    const again = await putRange(uploadUrl!, file, 0, UNIT - 1); // a repeat of the first
    expect(again.status).toBe(416);
    const status = (await (await fetch(uploadUrl!)).json()) as SessionStatus;
    expect(status.nextExpectedRanges).toEqual([`${UNIT}-${file.length - 1}`]);
    expect((await putRange(uploadUrl!, file, UNIT, 2 * UNIT - 1)).status).toBe(202);
    expect((await putRange(uploadUrl!, file, 2 * UNIT, 3 * UNIT - 1)).status).toBe(201);
    expect((await download('s/ordered.eml')).equals(file)).toBe(true);
  });

  it('refuses a fragment whose length or size disagrees, or that is not a multiple of 320 KiB', async () => {
    const file = bytesOf(2 * UNIT, 5);
    const { uploadUrl } = await openSession('s/bad.eml');
    const short = await fetch(uploadUrl!, {
      method: 'PUT',
      headers: { 'Content-Range': `bytes 0-${UNIT - 1}/${file.length}` },
      body: new Uint8Array(file.subarray(0, 100)),
    });
    expect(short.status).toBe(400);
    expect((await putRange(uploadUrl!, file, 0, 1000)).status).toBe(400); // not a 320 KiB multiple
    expect((await putRange(uploadUrl!, file, 0, UNIT - 1)).status).toBe(202);
    const otherSize = await putRange(uploadUrl!, file, UNIT, 2 * UNIT - 1, 2 * UNIT + 5);
    expect(otherSize.status).toBe(400);
    const noRange = await fetch(uploadUrl!, {
      method: 'PUT',
      body: new Uint8Array(file.subarray(UNIT)),
    });
    expect(noRange.status).toBe(400);
  });

  it('resumes after a failed fragment from the status the URL gives', async () => {
    const file = bytesOf(3 * UNIT + 77, 13);
    const { uploadUrl } = await openSession('s/resumed.eml');
    expect((await putRange(uploadUrl!, file, 0, UNIT - 1)).status).toBe(202);
    const id = new URL(uploadUrl!).pathname;
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ status: 503, method: 'PUT', pathPattern: id }],
    });
    expect((await putRange(uploadUrl!, file, UNIT, 2 * UNIT - 1)).status).toBe(503);
    const status = (await (await fetch(uploadUrl!)).json()) as SessionStatus;
    expect(status.nextExpectedRanges).toEqual([`${UNIT}-${file.length - 1}`]);
    // A fragment that landed but whose answer was lost: the retry is refused, the status moves on.
    await control(h.emulator, 'POST', 'faults', {
      faults: [{ status: 503, method: 'PUT', pathPattern: id, afterWrite: true }],
    });
    expect((await putRange(uploadUrl!, file, UNIT, 2 * UNIT - 1)).status).toBe(503);
    expect((await putRange(uploadUrl!, file, UNIT, 2 * UNIT - 1)).status).toBe(416);
    const moved = (await (await fetch(uploadUrl!)).json()) as SessionStatus;
    expect(moved.nextExpectedRanges).toEqual([`${2 * UNIT}-${file.length - 1}`]);
    expect((await putRange(uploadUrl!, file, 2 * UNIT, 3 * UNIT - 1)).status).toBe(202);
    expect((await putRange(uploadUrl!, file, 3 * UNIT, file.length - 1)).status).toBe(201);
    expect((await download('s/resumed.eml')).equals(file)).toBe(true);
  });

  it('cancels with DELETE (204), after which the URL is 404 and no file appears', async () => {
    const file = bytesOf(2 * UNIT);
    const { uploadUrl } = await openSession('s/cancelled.eml');
    expect((await putRange(uploadUrl!, file, 0, UNIT - 1)).status).toBe(202);
    expect((await fetch(uploadUrl!, { method: 'DELETE' })).status).toBe(204);
    expect((await putRange(uploadUrl!, file, UNIT, 2 * UNIT - 1)).status).toBe(404);
    expect(await exists('s/cancelled.eml')).toBe(false);
  });

  it('refuses a session on an existing name under conflictBehavior fail (409)', async () => {
    expect((await failure(openSession('s/ordered.eml', 'fail'))).statusCode).toBe(409);
  });
});
