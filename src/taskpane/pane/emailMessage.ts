import type { EmailMessage } from '../../data/store';
import { FILED_CATEGORY, type MailHost, type MailItem } from '../../platform/outlook/mailHost';
import type { IncomingEmail } from '../../services/incomingEmail';

/** The email as the store archives it: with the full MIME when the host can give it. */
export async function emailMessageOf(host: MailHost, item: MailItem): Promise<EmailMessage> {
  let mime: Uint8Array | undefined;
  try {
    const read = await host.readMime(item.itemId);
    mime = read.ok ? read.value : undefined;
  } catch {
    mime = undefined; // the store builds an .eml from the fields and says what it lacks
  }
  return {
    internetMessageId: item.internetMessageId,
    ...(item.conversationId ? { conversationId: item.conversationId } : {}),
    subject: item.subject,
    from: item.from,
    to: item.to,
    receivedAt: item.receivedAt,
    body: item.body,
    ...(item.attachments?.length ? { attachmentNames: item.attachments } : {}),
    ...(mime ? { mime } : {}),
  };
}

/** Tags the email in the mailbox; a failure is worth a note, never worth failing the save. */
export async function tagEmail(
  host: MailHost,
  item: MailItem,
  category: string,
): Promise<string | undefined> {
  try {
    const tagged = await host.applyCategory(item.itemId, category);
    return tagged.ok ? undefined : tagged.error.message;
  } catch {
    return `The Outlook category "${category}" could not be applied: add it by hand.`;
  }
}

/** The selected email as the rules in src/services take it: its content, and filing it. */
export function incomingEmail(host: MailHost, item: MailItem): IncomingEmail {
  return {
    message: () => emailMessageOf(host, item),
    markFiled: () => tagEmail(host, item, FILED_CATEGORY),
  };
}
