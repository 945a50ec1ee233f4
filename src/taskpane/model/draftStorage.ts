import type { CaseDraft } from '../../ui/triage/caseDraft';

/**
 * Unsaved drafts, per email, in sessionStorage only (docs/architecture.md, Privacy and security: no personal data kept
 * beyond what an unsaved draft needs; gone when the tab closes; cleared on save).
 */
/** Every draft's key starts with this (Sign out removes them all: platform/auth/signOut.ts). */
export const DRAFT_KEY_PREFIX = 'feedback-desk.draft.';

function keyFor(internetMessageId: string): string {
  let hash = 0x811c9dc5;
  for (const char of internetMessageId) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${DRAFT_KEY_PREFIX}${hash.toString(16)}`;
}

interface StoredDraft {
  readonly messageId: string;
  readonly draft: CaseDraft;
}

export function readDraft(
  internetMessageId: string,
  storage = globalThis.sessionStorage,
): CaseDraft | undefined {
  try {
    const raw = storage?.getItem(keyFor(internetMessageId));
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as Omit<StoredDraft, 'draft'> & {
      draft: Omit<CaseDraft, 'receivedVia' | 'quote'> &
        Partial<Pick<CaseDraft, 'receivedVia' | 'quote'>>;
    };
    // A hash collision must never put one email's draft on another.
    // A draft kept before "how it arrived" existed arrived by email, as every pane draft does;
    // one kept before the quotation field had none.
    return stored.messageId === internetMessageId
      ? { receivedVia: 'email', quote: '', ...stored.draft }
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(
  internetMessageId: string,
  draft: CaseDraft,
  storage = globalThis.sessionStorage,
): void {
  try {
    storage?.setItem(
      keyFor(internetMessageId),
      JSON.stringify({ messageId: internetMessageId, draft }),
    );
  } catch {
    // Storage full or blocked: the draft then lives only in the page, which is still safe.
  }
}

export function clearDraft(internetMessageId: string, storage = globalThis.sessionStorage): void {
  try {
    storage?.removeItem(keyFor(internetMessageId));
  } catch {
    // Nothing to clear.
  }
}
