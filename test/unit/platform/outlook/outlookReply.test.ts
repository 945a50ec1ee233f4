import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { createOutlookHost } from '../../../../src/platform/outlook/outlookHost';
import type { OfficeApi } from '../../../../src/platform/outlook/officeApi';

type Cb<T> = (r: { status: string; value: T; error?: { name?: string; message?: string } }) => void;

/** Which reply API the mocked Outlook has: the 1.9 async form, only the 1.1 form, or none. */
type ReplyApi = 'async' | 'sync' | 'none' | 'async-fails' | 'sync-throws';

function outlook(api: ReplyApi, sets: string[] = ['1.1', '1.8', '1.9']) {
  const opened: unknown[] = [];
  const item: Record<string, unknown> = {
    itemId: 'AAMkAD-reply-1',
    itemType: 'message',
    internetMessageId: '<r1@mail.example>',
    subject: 'My complaint',
    from: { displayName: 'Sam Okafor', emailAddress: 'sam@example.org' },
    body: { getAsync: (_: string, cb: Cb<string>) => cb({ status: 'succeeded', value: 'x' }) },
  };
  if (api === 'async' || api === 'async-fails') {
    item['displayReplyFormAsync'] = (data: unknown, cb: Cb<void>) => {
      if (api === 'async-fails')
        cb({
          status: 'failed',
          value: undefined,
          error: { message: 'The item is in a bad state' },
        });
      else {
        opened.push(data);
        cb({ status: 'succeeded', value: undefined });
      }
    };
  }
  if (api === 'sync' || api === 'async' || api === 'sync-throws') {
    item['displayReplyForm'] = (data: unknown) => {
      if (api === 'sync-throws') throw new Error('Not allowed in this view');
      opened.push({ sync: data });
    };
  }
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      requirements: { isSetSupported: (_: string, v: string) => sets.includes(v) },
      mailbox: { item, addHandlerAsync: () => undefined },
    },
    CoercionType: { Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  });
  return { host: createOutlookHost(mock as unknown as OfficeApi), opened };
}

const html = '<p>Dear Sam</p><p>Your reference: CSC-2026-0147</p>';

describe('opening a reply in Outlook', () => {
  it('uses the asynchronous reply form where Mailbox 1.9 has it, with the HTML body', async () => {
    const { host, opened } = outlook('async');
    expect(await host.displayReply('AAMkAD-reply-1', html)).toEqual({ ok: true, value: undefined });
    expect(opened).toEqual([{ htmlBody: html }]);
  });

  it('falls back to the 1.1 reply form on an older Outlook', async () => {
    const { host, opened } = outlook('sync', ['1.1']);
    expect((await host.displayReply('AAMkAD-reply-1', html)).ok).toBe(true);
    expect(opened).toEqual([{ sync: { htmlBody: html } }]);
  });

  it('uses the 1.1 form when the async one exists but the requirement set is not supported', async () => {
    const { host, opened } = outlook('async', ['1.1']);
    expect((await host.displayReply('AAMkAD-reply-1', html)).ok).toBe(true);
    expect(opened).toEqual([{ sync: { htmlBody: html } }]);
  });

  it('says plainly, with what to do, when the host has no reply form', async () => {
    const { host } = outlook('none');
    const result = await host.displayReply('AAMkAD-reply-1', html);
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    if (!result.ok) expect(result.error.message).toMatch(/Copy the letter/);
  });

  it('passes on what Outlook said when it could not open the reply', async () => {
    const failing = await outlook('async-fails').host.displayReply('AAMkAD-reply-1', html);
    expect(failing).toMatchObject({ ok: false, error: { code: 'host_failed' } });
    if (!failing.ok) expect(failing.error.message).toContain('The item is in a bad state');
    const throwing = await outlook('sync-throws', ['1.1']).host.displayReply(
      'AAMkAD-reply-1',
      html,
    );
    expect(throwing).toMatchObject({ ok: false, error: { code: 'host_failed' } });
    if (!throwing.ok) expect(throwing.error.message).toContain('Not allowed in this view');
  });

  it('never replies to another email than the one the letter is for', async () => {
    const { host, opened } = outlook('async');
    const result = await host.displayReply('some-other-item', html);
    expect(result).toMatchObject({ ok: false, error: { code: 'item_changed' } });
    expect(opened).toEqual([]);
  });
});
