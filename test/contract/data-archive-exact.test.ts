import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutlookHost } from '../../src/platform/outlook/outlookHost';
import type { OfficeApi } from '../../src/platform/outlook/officeApi';
import { FRAGMENT_BYTES, SIMPLE_UPLOAD_LIMIT } from '../../src/data/graphStore/archive';
import { emailMessageOf } from '../../src/taskpane/pane/emailMessage';
import {
  complaintMessage,
  complaintMessageOfSize,
  type BuiltMessage,
} from '../support/mimeMessage';
import { newComplaint, withEmulatorStore } from './data-fixtures';

/**
 * The exact archive (docs/architecture.md, "The exact archive"), end to end along the pane's
 * path: Outlook (office-addin-mock) gives the message through getAsFileAsync as base64, the
 * pane's emailMessageOf reads it through the Outlook host, the Graph store saves the case and
 * archives the message on the emulator, and the .eml read back through Graph is the message
 * byte for byte: a PDF, a PNG and an 8-bit Windows-1252 part included. Above 4 MiB the store
 * uses an upload session; a fragment that fails, before or after it landed, is resumed from
 * the session's status and the folder still holds one file.
 */
const officer = { name: 'Sam Officer', upn: 'sam.officer@examplecounty.gov.uk' };
const h = withEmulatorStore();

type Cb<T> = (r: { status: string; value: T; error?: { message?: string } }) => void;

/** Outlook on Mailbox 1.14 with this message selected; getAsFileAsync gives its base64. */
function outlookWith(message: BuiltMessage) {
  const item = {
    itemId: `AAMkAD-${message.messageId}`,
    itemType: 'message',
    internetMessageId: message.messageId,
    conversationId: `conv-${message.messageId}`,
    subject: 'Complaint about the care home fees',
    from: { displayName: 'Alex Example', emailAddress: 'alex.example@example.org' },
    to: [{ displayName: 'Complaints', emailAddress: 'complaints@examplecounty.gov.uk' }],
    dateTimeCreated: new Date('2025-12-19T09:30:00Z'),
    body: {
      getAsync: (_coercion: string, cb: Cb<string>) =>
        cb({ status: 'succeeded', value: 'Dear Sir, the café charged me £5.' }),
    },
    getAsFileAsync: (cb: Cb<string>) =>
      cb({ status: 'succeeded', value: message.bytes.toString('base64') }),
  };
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      requirements: { isSetSupported: (_set: string, version: string) => version <= '1.14' },
      mailbox: { item, addHandlerAsync: () => undefined },
    },
    CoercionType: { Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { ItemType: { Message: 'message' } },
  });
  return createOutlookHost(mock as unknown as OfficeApi);
}

/** What the pane does on Save: read the selected item, its whole message, and save the case. */
async function saveAsThePaneDoes(message: BuiltMessage) {
  const host = outlookWith(message);
  const read = await host.readCurrentItem();
  if (!read.ok || !read.value) throw new Error('the mocked Outlook gave no item');
  const email = await emailMessageOf(host, read.value);
  const saved = await h.store().saveCaseFromEmail(newComplaint(), email, officer);
  if (!saved.ok) throw new Error(`save failed: ${saved.error.message}`);
  return saved.value.case.value.reference;
}

const libraryDrive = () =>
  `${h.emulator.graphUrl}/sites/root/lists/${h.provision.lists['Archived emails']}/drive`;

/** The files in the case's archive folder, and the first one's bytes, through Graph. */
async function archivedFiles(reference: string) {
  const listing = (await (
    await fetch(`${libraryDrive()}/root:/${reference}:/children`)
  ).json()) as { value: { name: string }[] };
  const first = listing.value[0];
  const bytes = first
    ? Buffer.from(
        await (
          await fetch(`${libraryDrive()}/root:/${reference}/${first.name}:/content`)
        ).arrayBuffer(),
      )
    : Buffer.alloc(0);
  return { names: listing.value.map((f) => f.name), bytes };
}

async function correspondenceAttachments(reference: string): Promise<unknown> {
  const items = (await (
    await fetch(
      `${h.emulator.graphUrl}/sites/root/lists/${h.provision.lists.Correspondence}/items?$expand=fields`,
    )
  ).json()) as { value: { fields: Record<string, unknown> }[] };
  const mine = items.value.filter((i) => JSON.stringify(i.fields).includes(reference));
  // A JSON column: the names as a JSON array in a text field.
  return mine.map((i) => JSON.parse(String(i.fields['AttachmentNames'])) as unknown);
}

/** Records the fragment PUTs the store sends to upload URLs (plain fetch, no token). */
function watchFragments() {
  vi.restoreAllMocks();
  const ranges: string[] = [];
  const original = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes('/_emulator/upload/') && init?.method === 'PUT') {
      ranges.push(new Headers(init.headers).get('Content-Range') ?? '');
    }
    return original(input, init);
  });
  return ranges;
}

afterEach(() => vi.restoreAllMocks());

describe('the exact archive through the pane’s save', () => {
  it('archives a message with a PDF, a PNG and a Windows-1252 part byte for byte', async () => {
    const message = complaintMessage({ id: 'small' });
    expect(message.bytes.length).toBeLessThan(SIMPLE_UPLOAD_LIMIT);
    const reference = await saveAsThePaneDoes(message);
    const { names, bytes } = await archivedFiles(reference);
    expect(names).toHaveLength(1);
    expect(bytes.length).toBe(message.bytes.length);
    expect(bytes.equals(message.bytes)).toBe(true);
    // The 8-bit part is still Windows-1252 (E9 for é), not U+FFFD (EF BF BD) or UTF-8 (C3 A9).
    expect(bytes.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe(true);
    expect(bytes.includes(Buffer.from([0xef, 0xbf, 0xbd]))).toBe(false);
    expect(await correspondenceAttachments(reference)).toEqual([message.attachmentNames]);
  });

  it('saving the same email again leaves one archived file with the same bytes', async () => {
    const message = complaintMessage({ id: 'twice' });
    const first = await saveAsThePaneDoes(message);
    const second = await saveAsThePaneDoes(message);
    expect(second).toBe(first);
    const { names, bytes } = await archivedFiles(first);
    expect(names).toHaveLength(1);
    expect(bytes.equals(message.bytes)).toBe(true);
  });
});

describe('a message over 4 MiB goes through an upload session', () => {
  it.each([
    ['just over 4 MiB', SIMPLE_UPLOAD_LIMIT + 1],
    ['5 MB', 5_000_000],
  ])('%s: fragments of 320 KiB multiples, in order, then the exact bytes', async (label, size) => {
    const message = complaintMessageOfSize(size, `session-${label.replace(/\W+/g, '-')}`);
    expect(message.bytes.length).toBeGreaterThan(SIMPLE_UPLOAD_LIMIT);
    const ranges = watchFragments();
    const reference = await saveAsThePaneDoes(message);
    const total = message.bytes.length;
    const expected: string[] = [];
    for (let start = 0; start < total; start += FRAGMENT_BYTES)
      expected.push(`bytes ${start}-${Math.min(start + FRAGMENT_BYTES, total) - 1}/${total}`);
    expect(ranges).toEqual(expected);
    expect(FRAGMENT_BYTES % (320 * 1024)).toBe(0);
    const { names, bytes } = await archivedFiles(reference);
    expect(names).toHaveLength(1);
    expect(bytes.equals(message.bytes)).toBe(true);
    expect(await correspondenceAttachments(reference)).toEqual([message.attachmentNames]);
  });

  it('resumes after a fragment refused (503) and after one that landed but lost its answer; one file', async () => {
    const message = complaintMessageOfSize(5_000_000, 'session-faults');
    const ranges = watchFragments();
    await h.control('POST', 'faults', {
      // the first fragment is refused before the emulator takes it
      faults: [{ status: 503, method: 'PUT', pathPattern: '^/_emulator/upload/' }],
    });
    const reference = await saveAsThePaneDoes(message);
    const { names, bytes } = await archivedFiles(reference);
    expect(names).toHaveLength(1);
    expect(bytes.equals(message.bytes)).toBe(true);
    const first = `bytes 0-${FRAGMENT_BYTES - 1}/${message.bytes.length}`;
    expect(ranges.filter((r) => r === first)).toHaveLength(2); // refused once, sent again

    const landed = complaintMessageOfSize(5_000_000, 'session-after-write');
    const landedRanges = watchFragments();
    await h.control('POST', 'faults', {
      // the first fragment is taken, but its answer is a 503
      faults: [
        { status: 503, method: 'PUT', pathPattern: '^/_emulator/upload/', afterWrite: true },
      ],
    });
    const other = await saveAsThePaneDoes(landed);
    const archived = await archivedFiles(other);
    expect(archived.names).toHaveLength(1);
    expect(archived.bytes.equals(landed.bytes)).toBe(true);
    // The fragment that landed is not sent again: the status said where the session stood.
    const firstLanded = `bytes 0-${FRAGMENT_BYTES - 1}/${landed.bytes.length}`;
    expect(landedRanges.filter((r) => r === firstLanded)).toHaveLength(1);
    expect(new Set(landedRanges).size).toBe(landedRanges.length);
  });
});
