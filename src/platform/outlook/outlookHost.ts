import { err, ok, type Result } from '../../domain/primitives/result';
import type { HostError, MailHost, MailItem } from './mailHost';
import {
  officeCall,
  type AsyncResult,
  type OfficeApi,
  type OfficeMessageRead,
  type SharedProperties,
} from './officeApi';
import { decodeBase64Bytes } from './base64';

/**
 * The Outlook host: Office.js behind the `MailHost` interface. Takes the `Office` object as
 * a parameter so tests hand it an `office-addin-mock` object.
 *
 * `createOutlookHost(Office).readCurrentItem()` on a message from Ann Lee received
 * 2025-04-05 23:47 UTC → `ok({ subject: 'my social worker', from: { name: 'Ann Lee',
 * address: 'ann@example.org' }, receivedAt: '2025-04-05T23:47:00.000Z', body: '…text…', … })`
 */
export function createOutlookHost(office: OfficeApi): MailHost {
  const mailbox = office.context.mailbox;
  const succeeded = (result: AsyncResult<unknown>) =>
    result.status === office.AsyncResultStatus.Succeeded;
  const supports = (version: string) =>
    office.context.requirements?.isSetSupported('Mailbox', version) ?? false;

  async function readCurrentItem(): Promise<Result<MailItem | undefined, HostError>> {
    const item = mailbox.item;
    if (!item) return ok(undefined);
    const messageType = office.MailboxEnums?.ItemType?.Message ?? 'message';
    if (item.itemType !== undefined && item.itemType !== messageType) {
      return err({ code: 'no_item', message: 'Select an email: Feedback Desk files emails only.' });
    }
    if (!item.itemId || !item.internetMessageId) {
      // Compose mode or a draft: there is no sent message to file yet.
      return err({
        code: 'no_item',
        message: 'Select a received email: this one has not been sent yet.',
      });
    }
    const body = await officeCall<string>((cb) => item.body.getAsync(office.CoercionType.Text, cb));
    if (!succeeded(body)) {
      return err({
        code: 'host_failed',
        message: `Outlook could not give the email's text (${describe(body)}). Select the email again.`,
      });
    }
    const sharedMailbox = await readSharedMailbox(item);
    const sender = item.from ?? item.sender;
    return ok({
      itemId: item.itemId,
      internetMessageId: item.internetMessageId,
      ...(item.conversationId ? { conversationId: item.conversationId } : {}),
      subject: item.subject ?? '',
      from: {
        ...(sender?.displayName ? { name: sender.displayName } : {}),
        address: sender?.emailAddress ?? '',
      },
      to: (item.to ?? []).map((r) => r.emailAddress ?? '').filter((a) => a !== ''),
      receivedAt: (item.dateTimeCreated ?? new Date()).toISOString(),
      body: body.value ?? '',
      ...(attachmentNamesOf(item).length ? { attachments: attachmentNamesOf(item) } : {}),
      ...(sharedMailbox ? { sharedMailbox } : {}),
    });
  }

  async function readSharedMailbox(item: OfficeMessageRead): Promise<string | undefined> {
    if (typeof item.getSharedPropertiesAsync !== 'function') return undefined;
    const result = await officeCall<SharedProperties>((cb) => item.getSharedPropertiesAsync!(cb));
    return succeeded(result) ? result.value?.owner : undefined;
  }

  function onItemChanged(listener: () => void): () => void {
    mailbox.addHandlerAsync(office.EventType.ItemChanged, listener);
    return () => mailbox.removeHandlerAsync?.(office.EventType.ItemChanged);
  }

  /** Makes sure the master category exists, then tags the item with it. */
  async function applyCategory(itemId: string, category: string): Promise<Result<void, HostError>> {
    const item = mailbox.item;
    if (!item || item.itemId !== itemId) {
      return err({
        code: 'item_changed',
        message: `The Outlook category "${category}" was not applied: another email is selected now.`,
      });
    }
    if (!item.categories || !mailbox.masterCategories || !supports('1.8')) {
      return err({
        code: 'unsupported',
        message: `This version of Outlook cannot set categories: add "${category}" to the email by hand.`,
      });
    }
    const master = await officeCall(
      mailbox.masterCategories.getAsync.bind(mailbox.masterCategories),
    );
    const known = succeeded(master) && (master.value ?? []).some((c) => c.displayName === category);
    if (!known) {
      const color = office.MailboxEnums?.CategoryColor?.['Preset4'] ?? 'Preset4';
      const added = await officeCall<void>((cb) =>
        mailbox.masterCategories!.addAsync([{ displayName: category, color }], cb),
      );
      // Someone may have created it meanwhile: a duplicate is fine, anything else is not.
      if (!succeeded(added) && added.error?.name !== 'DuplicateCategory') {
        return err({
          code: 'host_failed',
          message: `The Outlook category "${category}" could not be created (${describe(added)}).`,
        });
      }
    }
    const applied = await officeCall<void>((cb) => item.categories!.addAsync([category], cb));
    if (!succeeded(applied)) {
      return err({
        code: 'host_failed',
        message: `The Outlook category "${category}" could not be applied (${describe(applied)}).`,
      });
    }
    return ok(undefined);
  }

  /**
   * Mailbox 1.14 gives the whole message as base64 EML: decoded to bytes and kept as bytes
   * (its 8-bit parts may be in any character set). Older clients cannot: `unsupported`, and
   * the store builds an .eml from the text instead, saying what it could not keep.
   */
  async function readMime(itemId: string): Promise<Result<Uint8Array, HostError>> {
    const item = mailbox.item;
    if (!item || item.itemId !== itemId) {
      return err({ code: 'item_changed', message: 'Another email is selected now.' });
    }
    if (typeof item.getAsFileAsync !== 'function' || !supports('1.14')) {
      return err({
        code: 'unsupported',
        message: 'This version of Outlook cannot give the whole message (Mailbox 1.14).',
      });
    }
    const file = await officeCall<string>((cb) => item.getAsFileAsync!(cb));
    const bytes =
      succeeded(file) && typeof file.value === 'string' && file.value !== ''
        ? decodeBase64Bytes(file.value)
        : undefined;
    if (!bytes) {
      return err({
        code: 'host_failed',
        message: `Outlook could not give the whole message (${succeeded(file) ? 'it was empty or not base64' : describe(file)}).`,
      });
    }
    return ok(bytes);
  }

  /**
   * Outlook's own reply form, so the officer sees, edits and sends the letter as any reply:
   * the asynchronous form (1.9) says whether it opened; the older one (1.1) cannot fail visibly.
   */
  async function displayReply(itemId: string, htmlBody: string): Promise<Result<void, HostError>> {
    const item = mailbox.item;
    if (!item || item.itemId !== itemId) {
      return err({
        code: 'item_changed',
        message: 'The reply was not opened: another email is selected now. Copy the letter below.',
      });
    }
    if (typeof item.displayReplyFormAsync === 'function' && supports('1.9')) {
      const opened = await officeCall<void>((cb) => item.displayReplyFormAsync!({ htmlBody }, cb));
      if (succeeded(opened)) return ok(undefined);
      return err({
        code: 'host_failed',
        message: `Outlook could not open the reply (${describe(opened)}). Copy the letter below.`,
      });
    }
    if (typeof item.displayReplyForm === 'function') {
      try {
        item.displayReplyForm({ htmlBody });
        return ok(undefined);
      } catch (error) {
        return err({
          code: 'host_failed',
          message: `Outlook could not open the reply (${error instanceof Error ? error.message : 'no reason given'}). Copy the letter below.`,
        });
      }
    }
    return err({
      code: 'unsupported',
      message: 'This version of Outlook cannot open a reply from the pane. Copy the letter below.',
    });
  }

  return {
    kind: 'outlook',
    readCurrentItem,
    onItemChanged,
    applyCategory,
    readMime,
    displayReply,
  };
}

function describe(result: AsyncResult<unknown>): string {
  return result.error?.message || result.error?.name || 'no reason given';
}

/** The names of the files attached to the message (not pictures shown in its body). */
function attachmentNamesOf(item: OfficeMessageRead): readonly string[] {
  return (item.attachments ?? [])
    .filter((a) => !a.isInline && typeof a.name === 'string' && a.name !== '')
    .map((a) => a.name as string);
}
