import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { createOutlookHost } from '../../../../src/platform/outlook/outlookHost';
import type { OfficeApi } from '../../../../src/platform/outlook/officeApi';

type Cb<T> = (r: { status: string; value: T; error?: { name?: string; message?: string } }) => void;

interface MockOptions {
  mailbox?: string[]; // supported requirement sets, e.g. ['1.8', '1.14']
  masterCategories?: { displayName: string; color: string }[];
  masterAddFails?: string;
  bodyFails?: boolean;
  shared?: boolean;
  mime?: string;
  itemType?: string;
}

/** An Outlook read-mode message as office-addin-mock plays it. */
function officeMock(options: MockOptions = {}) {
  const supported = new Set(options.mailbox ?? ['1.1', '1.8', '1.14']);
  const state = {
    master: [...(options.masterCategories ?? [])],
    applied: [] as string[],
    handlers: [] as (() => void)[],
  };
  const item: Record<string, unknown> = {
    itemId: 'AAMkAD-item-1',
    itemType: options.itemType ?? 'message',
    internetMessageId: '<m1@mail.example>',
    conversationId: 'conv-1',
    subject: 'my social worker',
    from: { displayName: 'Ann Lee', emailAddress: 'ann@example.org' },
    to: [{ displayName: 'Complaints', emailAddress: 'complaints@examplecounty.gov.uk' }],
    dateTimeCreated: new Date('2025-04-05T23:47:00Z'),
    body: {
      getAsync(coercion: string, cb: Cb<string>) {
        if (options.bodyFails) cb({ status: 'failed', value: '', error: { message: 'busy' } });
        else cb({ status: 'succeeded', value: `text as ${coercion}: <b>not html</b>` });
      },
    },
    categories: {
      addAsync(names: string[], cb: Cb<void>) {
        state.applied.push(...names);
        cb({ status: 'succeeded', value: undefined });
      },
    },
  };
  if (options.mime !== undefined) {
    item['getAsFileAsync'] = (cb: Cb<string>) => cb({ status: 'succeeded', value: options.mime! });
  }
  if (options.shared) {
    item['getSharedPropertiesAsync'] = (cb: Cb<{ owner: string }>) =>
      cb({ status: 'succeeded', value: { owner: 'complaints@examplecounty.gov.uk' } });
  }
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      requirements: { isSetSupported: (_: string, v: string) => supported.has(v) },
      mailbox: {
        item,
        masterCategories: {
          getAsync: (cb: Cb<{ displayName: string; color: string }[]>) =>
            cb({ status: 'succeeded', value: [...state.master] }),
          addAsync: (cats: { displayName: string; color: string }[], cb: Cb<void>) => {
            if (options.masterAddFails) {
              cb({ status: 'failed', value: undefined, error: { name: options.masterAddFails } });
              return;
            }
            state.master.push(...cats);
            cb({ status: 'succeeded', value: undefined });
          },
        },
        addHandlerAsync: (_type: string, handler: () => void) => state.handlers.push(handler),
        removeHandlerAsync: () => state.handlers.splice(0),
      },
    },
    CoercionType: { Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { CategoryColor: { Preset4: 'preset4' }, ItemType: { Message: 'message' } },
  });
  return { office: mock as unknown as OfficeApi, state };
}

describe('createOutlookHost', () => {
  it('reads the selected message as plain values, the body as text', async () => {
    const { office } = officeMock();
    const result = await createOutlookHost(office).readCurrentItem();
    expect(result).toEqual({
      ok: true,
      value: {
        itemId: 'AAMkAD-item-1',
        internetMessageId: '<m1@mail.example>',
        conversationId: 'conv-1',
        subject: 'my social worker',
        from: { name: 'Ann Lee', address: 'ann@example.org' },
        to: ['complaints@examplecounty.gov.uk'],
        receivedAt: '2025-04-05T23:47:00.000Z',
        body: 'text as text: <b>not html</b>',
      },
    });
  });

  it('names the shared mailbox the message sits in', async () => {
    const { office } = officeMock({ shared: true });
    const result = await createOutlookHost(office).readCurrentItem();
    expect(result.ok && result.value?.sharedMailbox).toBe('complaints@examplecounty.gov.uk');
  });

  it('says plainly when the body cannot be read', async () => {
    const { office } = officeMock({ bodyFails: true });
    const result = await createOutlookHost(office).readCurrentItem();
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(/could not give the email's text \(busy\)/);
  });

  it('refuses appointments and other items', async () => {
    const { office } = officeMock({ itemType: 'appointment' });
    const result = await createOutlookHost(office).readCurrentItem();
    expect(result).toMatchObject({ ok: false, error: { code: 'no_item' } });
  });

  it('creates the master category when missing, then applies it', async () => {
    const { office, state } = officeMock();
    const result = await createOutlookHost(office).applyCategory('AAMkAD-item-1', 'Feedback Desk');
    expect(result.ok).toBe(true);
    expect(state.master).toEqual([{ displayName: 'Feedback Desk', color: 'preset4' }]);
    expect(state.applied).toEqual(['Feedback Desk']);
  });

  it('reuses an existing master category and tolerates a duplicate created meanwhile', async () => {
    const existing = officeMock({
      masterCategories: [{ displayName: 'Feedback Desk', color: 'preset1' }],
    });
    await createOutlookHost(existing.office).applyCategory('AAMkAD-item-1', 'Feedback Desk');
    expect(existing.state.master).toHaveLength(1);
    const raced = officeMock({ masterAddFails: 'DuplicateCategory' });
    const result = await createOutlookHost(raced.office).applyCategory(
      'AAMkAD-item-1',
      'Feedback Desk',
    );
    expect(result.ok).toBe(true);
    expect(raced.state.applied).toEqual(['Feedback Desk']);
  });

  it('never tags another email than the one saved', async () => {
    const { office, state } = officeMock();
    const result = await createOutlookHost(office).applyCategory(
      'some-other-item',
      'Feedback Desk',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'item_changed' } });
    expect(state.applied).toEqual([]);
  });

  it('explains when Outlook is too old for categories', async () => {
    const { office } = officeMock({ mailbox: ['1.1'] });
    const result = await createOutlookHost(office).applyCategory('AAMkAD-item-1', 'Feedback Desk');
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('gives the whole message on Mailbox 1.14 as its bytes, an 8-bit Windows-1252 part untouched', async () => {
    // "Café £5" in Windows-1252: E9 and A3 are not UTF-8, and must not become U+FFFD.
    const eml = Buffer.concat([
      Buffer.from('Content-Type: text/plain; charset=windows-1252\r\n\r\n'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35]),
    ]);
    const { office } = officeMock({ mime: eml.toString('base64') });
    const read = await createOutlookHost(office).readMime('AAMkAD-item-1');
    expect(read.ok).toBe(true);
    if (read.ok) expect(Buffer.from(read.value).equals(eml)).toBe(true);
  });

  it('says unsupported where the API is missing or the host is older than 1.14', async () => {
    const old = officeMock({ mailbox: ['1.1', '1.8'], mime: 'U3ViamVjdA==' });
    expect(await createOutlookHost(old.office).readMime('AAMkAD-item-1')).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    const none = officeMock();
    expect(await createOutlookHost(none.office).readMime('AAMkAD-item-1')).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it("reports a failed getAsFileAsync callback as host_failed with Outlook's reason", async () => {
    const { office } = officeMock({ mime: '' });
    const item = (office.context.mailbox.item ?? {}) as Record<string, unknown>;
    item['getAsFileAsync'] = (cb: Cb<string>) =>
      cb({ status: 'failed', value: '', error: { message: 'item too large' } });
    const read = await createOutlookHost(office).readMime('AAMkAD-item-1');
    expect(read).toMatchObject({ ok: false, error: { code: 'host_failed' } });
    if (!read.ok) expect(read.error.message).toContain('item too large');
  });

  it('follows the selection of a pinned pane through ItemChanged', () => {
    const { office, state } = officeMock();
    let calls = 0;
    const stop = createOutlookHost(office).onItemChanged(() => (calls += 1));
    state.handlers.forEach((h) => h());
    expect(calls).toBe(1);
    stop();
    expect(state.handlers).toHaveLength(0);
  });
});
