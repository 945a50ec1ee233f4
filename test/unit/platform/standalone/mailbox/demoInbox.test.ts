import { describe, expect, it } from 'vitest';
import {
  createDemoInbox,
  type CategoryMemory,
} from '../../../../../src/platform/standalone/mailbox/demoInbox';
import {
  demoConversationId,
  threadTopic,
} from '../../../../../src/platform/standalone/mailbox/demoEmail';
import { demoEmailSchema } from '../../../../../src/platform/standalone/mailbox/demoEmail';

const memory = (): CategoryMemory & { saved: Record<string, string[]> } => {
  const m = {
    saved: {} as Record<string, string[]>,
    read: () => ({}),
    write: (v: Record<string, string[]>) => {
      m.saved = v;
    },
  };
  return m;
};

const email = (id: string, subject: string, receivedAt: string) =>
  demoEmailSchema.parse({
    id,
    from: { name: 'Ann Lee', address: 'ann@example.org' },
    to: 'complaints@examplecounty.gov.uk',
    subject,
    receivedAt,
    body: 'hello',
  });

describe('demo inbox', () => {
  it('lists newest first and reads the selected message as a MailItem', async () => {
    const inbox = createDemoInbox(
      [email('a', 'Old', '2025-04-01T09:00:00Z'), email('b', 'New', '2025-04-02T09:00:00Z')],
      memory(),
    );
    expect(inbox.entries().map((e) => e.subject)).toEqual(['New', 'Old']);
    expect(await inbox.host.readCurrentItem()).toEqual({ ok: true, value: undefined });
    inbox.select('a');
    const item = await inbox.host.readCurrentItem();
    expect(item.ok && item.value).toMatchObject({
      itemId: 'a',
      internetMessageId: '<a@demo.feedback-desk.invalid>',
      to: ['complaints@examplecounty.gov.uk'],
      receivedAt: '2025-04-01T09:00:00.000Z',
    });
  });

  it('tells the pane when the selection changes', () => {
    const inbox = createDemoInbox([email('a', 'A', '2025-04-01T09:00:00Z')], memory());
    let calls = 0;
    const stop = inbox.host.onItemChanged(() => (calls += 1));
    inbox.select('a');
    inbox.select('a');
    stop();
    inbox.select('a');
    expect(calls).toBe(1);
  });

  it('applies categories to the selected email only and remembers them', async () => {
    const mem = memory();
    const inbox = createDemoInbox(
      [email('a', 'A', '2025-04-01T09:00:00Z'), email('b', 'B', '2025-04-01T10:00:00Z')],
      mem,
    );
    inbox.select('a');
    expect((await inbox.host.applyCategory('b', 'Feedback Desk')).ok).toBe(false);
    expect((await inbox.host.applyCategory('a', 'Feedback Desk')).ok).toBe(true);
    expect(inbox.entries().find((e) => e.id === 'a')?.categories).toEqual(['Feedback Desk']);
    expect(mem.saved).toEqual({ a: ['Feedback Desk'] });
  });

  it('adds a valid message and refuses an invalid one with a reason', () => {
    const inbox = createDemoInbox([], memory());
    expect(
      inbox.add({ id: 'x', from: { address: 'a@b' }, subject: 'S', receivedAt: 'nope' }),
    ).toMatchObject({
      ok: false,
      error: { message: 'receivedAt must be an ISO date and time' },
    });
    expect(
      inbox.add({
        id: 'x',
        from: { address: 'a@b' },
        subject: 'S',
        receivedAt: '2025-04-01T09:00:00Z',
      }),
    ).toEqual({ ok: true, value: 'x' });
    expect(inbox.entries()).toHaveLength(1);
  });

  it('threads replies into one conversation by topic', () => {
    expect(threadTopic('RE: Fw:  My   complaint ')).toBe('my complaint');
    expect(demoConversationId('Re: My complaint')).toBe(demoConversationId('my complaint'));
    expect(demoConversationId('Bins')).not.toBe(demoConversationId('Potholes'));
  });
});
