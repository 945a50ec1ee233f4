import { err, ok, type Result } from '../../../domain/primitives/result';
import type { HostError, MailHost, MailItem } from '../../outlook/mailHost';
import {
  demoConversationId,
  demoEmailSchema,
  demoMessageId,
  recipientsOf,
  type DemoEmail,
} from './demoEmail';

/** A message in the inbox list: what the list shows, newest first. */
export interface InboxEntry {
  readonly id: string;
  readonly subject: string;
  readonly fromName: string;
  readonly receivedAt: string;
  readonly categories: readonly string[];
}

/** A message as a reading pane shows it: headers and plain text. */
export interface ReadingMessage {
  readonly id: string;
  readonly subject: string;
  readonly from: { readonly name?: string; readonly address: string };
  readonly to: readonly string[];
  readonly receivedAt: string;
  readonly body: string;
}

export interface DemoInbox {
  /** The messages, newest first. */
  entries(): readonly InboxEntry[];
  /** One message with its headers and text, for the reading pane; `undefined` if unknown. */
  message(id: string): ReadingMessage | undefined;
  selectedId(): string | undefined;
  select(id: string): void;
  /** Adds a message (the tests' hook, and a way to try any email); returns its id. */
  add(email: unknown): Result<string>;
  /** Calls `listener` on any change: selection, new message, category. */
  subscribe(listener: () => void): () => void;
  /** The same role Outlook plays for the pane, over this inbox. */
  readonly host: MailHost;
}

/** Where categories live between reloads: ids and category names only, no content. */
export interface CategoryMemory {
  read(): Record<string, string[]>;
  write(value: Record<string, string[]>): void;
}

export const sessionCategoryMemory = (key = 'feedback-desk.demo-categories'): CategoryMemory => ({
  read() {
    try {
      const raw = globalThis.sessionStorage?.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, string[]>)
        : {};
    } catch {
      return {};
    }
  },
  write(value) {
    try {
      globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or blocked: categories then last for this page only.
    }
  },
});

/**
 * The standalone workbench's mailbox. `createDemoInbox(emails)` keeps the demo emails,
 * the selection and the categories the pane applies, and exposes a `MailHost` over them.
 */
export function createDemoInbox(
  emails: readonly DemoEmail[],
  memory: CategoryMemory = sessionCategoryMemory(),
): DemoInbox {
  const messages = new Map<string, DemoEmail>();
  for (const email of emails) messages.set(email.id, email);
  const categories = new Map<string, string[]>(Object.entries(memory.read()));
  const listeners = new Set<() => void>();
  const itemListeners = new Set<() => void>();
  let selected: string | undefined;
  let cachedEntries: readonly InboxEntry[] | undefined;

  const changed = () => {
    cachedEntries = undefined;
    for (const listener of [...listeners]) listener();
  };

  function entries(): readonly InboxEntry[] {
    cachedEntries ??= [...messages.values()]
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
      .map((m) => ({
        id: m.id,
        subject: m.subject,
        fromName: m.from.name?.trim() || m.from.address,
        receivedAt: m.receivedAt,
        categories: categories.get(m.id) ?? [],
      }));
    return cachedEntries;
  }

  function select(id: string): void {
    if (id === selected || !messages.has(id)) return;
    selected = id;
    changed();
    for (const listener of [...itemListeners]) listener();
  }

  function add(input: unknown): Result<string> {
    const parsed = demoEmailSchema.safeParse(input);
    if (!parsed.success) {
      return err({
        code: 'invalid_email',
        message: parsed.error.issues.map((i) => i.message).join('; '),
      });
    }
    messages.set(parsed.data.id, parsed.data);
    changed();
    return ok(parsed.data.id);
  }

  const toMailItem = (m: DemoEmail): MailItem => ({
    itemId: m.id,
    internetMessageId: m.internetMessageId ?? demoMessageId(m.id),
    conversationId: m.conversationId ?? demoConversationId(m.subject),
    subject: m.subject,
    from: { ...(m.from.name ? { name: m.from.name } : {}), address: m.from.address },
    to: recipientsOf(m.to),
    receivedAt: new Date(m.receivedAt).toISOString(),
    body: m.body,
  });

  const host: MailHost = {
    kind: 'workbench',
    async readCurrentItem() {
      const message = selected === undefined ? undefined : messages.get(selected);
      return ok(message ? toMailItem(message) : undefined);
    },
    onItemChanged(listener) {
      itemListeners.add(listener);
      return () => itemListeners.delete(listener);
    },
    async applyCategory(itemId, category): Promise<Result<void, HostError>> {
      if (itemId !== selected) {
        return err({
          code: 'item_changed',
          message: `The category "${category}" was not applied: another email is selected now.`,
        });
      }
      const current = categories.get(itemId) ?? [];
      if (!current.includes(category)) categories.set(itemId, [...current, category]);
      memory.write(Object.fromEntries(categories));
      changed();
      return ok(undefined);
    },
    // The workbench has no MIME, like an Outlook before Mailbox 1.14: the store builds an
    // .eml from the fields and the correspondence says what it could not keep.
    async readMime(): Promise<Result<Uint8Array, HostError>> {
      return err({
        code: 'unsupported',
        message: 'The workbench cannot give the whole message.',
      });
    },
    // No mail client to open: the pane's preview is the reply. The selection is still checked,
    // as Outlook's is, so a letter never lands on another email.
    async displayReply(itemId): Promise<Result<void, HostError>> {
      if (itemId !== selected)
        return err({
          code: 'item_changed',
          message: 'The reply was not opened: another email is selected now.',
        });
      return ok(undefined);
    },
  };

  function message(id: string): ReadingMessage | undefined {
    const m = messages.get(id);
    if (!m) return undefined;
    const item = toMailItem(m);
    return {
      id: m.id,
      subject: item.subject,
      from: item.from,
      to: item.to,
      receivedAt: item.receivedAt,
      body: item.body,
    };
  }

  return {
    entries,
    message,
    selectedId: () => selected,
    select,
    add,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    host,
  };
}
