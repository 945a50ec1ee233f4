import type { DomainError, Result } from '../../domain/primitives/result';

/**
 * What the triage pane needs from whatever shows it an email: Outlook (Office.js) or the
 * standalone workbench's demo inbox. The pane codes against this interface only, so the
 * same pane runs in both and is tested in a browser without Microsoft 365.
 */

/** The selected email, as plain values. `body` is text: the pane never sees the HTML. */
export interface MailItem {
  /** The host's id for the item (Exchange item id in Outlook; the demo id in the workbench). */
  readonly itemId: string;
  /** RFC 5322 Message-ID, e.g. `<abc@mail.example>`: the key that makes saving idempotent. */
  readonly internetMessageId: string;
  readonly conversationId?: string;
  readonly subject: string;
  readonly from: { readonly name?: string; readonly address: string };
  readonly to: readonly string[];
  /** When it arrived, ISO 8601 with offset, e.g. `2025-04-05T23:47:00.000Z`. */
  readonly receivedAt: string;
  readonly body: string;
  /** Names of the files attached, as the host lists them (Outlook's `item.attachments`). */
  readonly attachments?: readonly string[];
  /** The shared mailbox the item sits in, when the officer works on one (e.g. `complaints@…`). */
  readonly sharedMailbox?: string;
}

export type HostErrorCode =
  /** The pane is open but nothing it can read is selected (a draft, a calendar item). */
  | 'no_item'
  /** The host cannot do this (an older Outlook without the requirement set). */
  | 'unsupported'
  /** The selection moved on: an action meant for one email must not land on another. */
  | 'item_changed'
  /** The host said no; the message says what it said, in plain words. */
  | 'host_failed';

export interface HostError extends DomainError {
  readonly code: HostErrorCode;
}

export interface MailHost {
  /** `outlook` or `workbench`, for wording ("in Outlook") and diagnostics. */
  readonly kind: 'outlook' | 'workbench';
  /** Reads the selected email. `ok(undefined)` when nothing is selected. */
  readCurrentItem(): Promise<Result<MailItem | undefined, HostError>>;
  /** Calls `listener` when the selection changes (pinned pane); returns the unsubscribe. */
  onItemChanged(listener: () => void): () => void;
  /**
   * Applies `category` to the email `itemId` (creating the master category when missing).
   * Fails with `item_changed` if the selection is no longer that email.
   */
  applyCategory(itemId: string, category: string): Promise<Result<void, HostError>>;
  /**
   * The whole message `itemId` as its bytes (EML), never decoded as text. Fails with
   * `unsupported` where the host cannot give it, `host_failed` when it tried and could not.
   */
  readMime(itemId: string): Promise<Result<Uint8Array, HostError>>;
  /**
   * Opens a reply to the sender of `itemId` holding `htmlBody`, for the officer to check and
   * send (Outlook's reply form; the workbench only records it, and the pane's preview stands in).
   * Fails with `unsupported` where the host cannot open one, `item_changed` if another email
   * is selected now: the pane then offers the letter's text to copy.
   */
  displayReply(itemId: string, htmlBody: string): Promise<Result<void, HostError>>;
}

/** The category Feedback Desk puts on every email it has filed. */
export const FILED_CATEGORY = 'Feedback Desk';
