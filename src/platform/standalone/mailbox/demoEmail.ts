import { z } from 'zod';

/**
 * One message of the demo inbox, as `scripts/demo-stack.ts` serves `/demo/emails.json`
 * (a line of `demo/mailbox.jsonl`, docs/contracts.md "Labelled email files"). Validated here because
 * the file is outside input; other keys (labels, notes) are ignored.
 */
export const demoEmailSchema = z.object({
  id: z.string().trim().min(1, 'each demo email needs an id').max(200),
  from: z.object({
    name: z.string().optional(),
    address: z.string().trim().min(1, 'each demo email needs a sender address'),
  }),
  to: z.union([z.string(), z.array(z.string())]).optional(),
  subject: z.string().default(''),
  receivedAt: z.iso.datetime({ offset: true, message: 'receivedAt must be an ISO date and time' }),
  body: z.string().default(''),
  /** Optional: demo threads can name their conversation and message ids outright. */
  conversationId: z.string().min(1).optional(),
  internetMessageId: z.string().min(1).optional(),
});
export type DemoEmail = z.infer<typeof demoEmailSchema>;

/**
 * Outlook groups a thread by its topic: the subject without `Re:`/`Fwd:` prefixes.
 * `threadTopic('RE: Fw: My complaint ')` → `'my complaint'`
 */
export function threadTopic(subject: string): string {
  let topic = subject.trim();
  for (;;) {
    const next = topic.replace(/^(re|fw|fwd|aw|sv)\s*:\s*/i, '');
    if (next === topic) break;
    topic = next;
  }
  return topic.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A stable conversation id from the thread topic, hashed (FNV-1a) so the subject itself is
 * not copied into ids. `demoConversationId('Re: Bins')` === `demoConversationId('bins')`.
 */
export function demoConversationId(subject: string): string {
  let hash = 0x811c9dc5;
  for (const char of threadTopic(subject)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `demo-conversation-${hash.toString(16).padStart(8, '0')}`;
}

/** `demoMessageId('A1-01')` → `'<A1-01@demo.feedback-desk.invalid>'` */
export function demoMessageId(id: string): string {
  return `<${id.replace(/[<>\s@]/g, '_')}@demo.feedback-desk.invalid>`;
}

export function recipientsOf(to: DemoEmail['to']): string[] {
  if (to === undefined) return [];
  const list = Array.isArray(to) ? to : to.split(/[;,]/);
  return list.map((a) => a.trim()).filter((a) => a !== '');
}
