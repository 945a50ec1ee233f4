import type { FeedbackStore, StoreError, Stored } from '../../data/store';
import type { TriageFeedbackRecord } from '../../domain/records';
import type { OfficerFeedback } from '../../domain/triage/officerFeedback';
import type { Result } from '../../domain/primitives/result';

/** A stored decision as the triage rules weigh it: its fields and SharePoint's stamps. */
export const toOfficerFeedback = (s: Stored<TriageFeedbackRecord>): OfficerFeedback => ({
  decision: s.value.decision,
  reason: s.value.reason,
  features: s.value.features,
  emailKey: s.value.emailKey,
  ...(s.createdBy ? { by: s.createdBy.name } : {}),
  ...(s.created ? { at: s.created } : {}),
});

/**
 * Officers' triage decisions for one store, shared by every email the pane shows: read once
 * when the pane starts, added to as the officer decides, so the next email's suggestion
 * weighs what was just decided. A failed read leaves the rules alone (and says so).
 */
export interface OfficerFeedbackBook {
  readonly items: () => readonly OfficerFeedback[];
  /** `undefined` while reading, then whether the read worked. */
  readonly readFailed: () => boolean | undefined;
  readonly subscribe: (listener: () => void) => () => void;
  readonly add: (record: TriageFeedbackRecord) => Promise<Result<OfficerFeedback, StoreError>>;
}

const books = new WeakMap<FeedbackStore, OfficerFeedbackBook>();

export function officerFeedbackBook(store: FeedbackStore): OfficerFeedbackBook {
  const known = books.get(store);
  if (known) return known;
  let items: readonly OfficerFeedback[] = [];
  let failed: boolean | undefined;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  void store.loadTriageFeedback().then(
    (result) => {
      failed = !result.ok;
      // Decisions made while the list was being read stay after it.
      if (result.ok) items = [...result.value.map(toOfficerFeedback), ...items];
      changed();
    },
    () => {
      failed = true;
      changed();
    },
  );
  const book: OfficerFeedbackBook = {
    items: () => items,
    readFailed: () => failed,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add: async (record) => {
      const saved = await store.addTriageFeedback(record);
      if (!saved.ok) return saved;
      const feedback = toOfficerFeedback(saved.value);
      items = [...items, feedback];
      changed();
      return { ok: true, value: feedback };
    },
  };
  books.set(store, book);
  return book;
}
