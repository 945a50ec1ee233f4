import { useCallback, useEffect, useState } from 'react';
import type { CaseFile, FeedbackStore, StoreError } from '../../data/store';
import type { Person } from '../../domain/records';
import { FILED_CATEGORY, type MailHost, type MailItem } from '../../platform/outlook/mailHost';
import { draftErrors, type CaseDraft, type DraftErrors } from '../../ui/triage/caseDraft';
import { clearDraft, readDraft, writeDraft } from '../model/draftStorage';
import { toNewCase, type SafeguardingFlag } from '../model/toNewCase';
import { emailMessageOf, tagEmail } from './emailMessage';
import { storeCall } from './storeCall';

export interface SavedCase {
  readonly file: CaseFile;
  /** Things that went wrong after the case was safely saved (category, pause). */
  readonly notes: readonly string[];
}

export type SaveState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'failed'; readonly error: StoreError }
  | { readonly status: 'saved'; readonly saved: SavedCase };

/**
 * The new-case form's state: the draft (restored from, and kept in, sessionStorage until
 * saved), its errors, and `save`, which creates the case from the email exactly once — the
 * store is idempotent on the internet message id, so a retry after a timeout finds the case
 * the first attempt made instead of making a second.
 */
export function useNewCase({
  store,
  host,
  item,
  officer,
  initial,
  safeguarding,
  onSaved,
}: {
  store: FeedbackStore;
  host: MailHost;
  item: MailItem;
  officer: Person;
  initial: () => CaseDraft;
  safeguarding: SafeguardingFlag | undefined;
  onSaved: (saved: SavedCase) => void;
}) {
  const [draft, setDraft] = useState<CaseDraft>(
    () => readDraft(item.internetMessageId) ?? initial(),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    if (touched) writeDraft(item.internetMessageId, draft);
  }, [draft, touched, item.internetMessageId]);

  const change = useCallback((patch: Partial<CaseDraft>) => {
    setTouched(true);
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch) as (keyof CaseDraft)[]) delete next[key];
      return next;
    });
  }, []);

  const submit = useCallback(async () => {
    const found = draftErrors(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSave({ status: 'saving' });
    const email = await emailMessageOf(host, item);
    const result = await storeCall(() =>
      store.saveCaseFromEmail(toNewCase(draft, item, officer, safeguarding), email, officer),
    );
    if (!result.ok) {
      setSave({ status: 'failed', error: result.error });
      return;
    }
    clearDraft(item.internetMessageId);
    setTouched(false);
    const notes: string[] = [];
    let file = result.value;
    const stage = file.stages.at(-1);
    // A complaint raising a safeguarding concern is paused until the front door has it.
    if (
      safeguarding &&
      file.case.value.type === 'complaint' &&
      stage &&
      stage.value.pauses.length === 0
    ) {
      const paused = await storeCall(() =>
        store.recordStageEvent(
          file.case.value.reference,
          stage.value.number,
          { kind: 'pause_started', from: file.case.value.received, reason: 'safeguarding_enquiry' },
          stage.etag,
        ),
      );
      if (paused.ok) file = paused.value;
      else
        notes.push(
          `The complaint could not be paused for the safeguarding referral: ${paused.error.message}`,
        );
    }
    const tagNote = await tagEmail(host, item, FILED_CATEGORY);
    if (tagNote) notes.push(tagNote);
    const saved = { file, notes };
    setSave({ status: 'saved', saved });
    onSaved(saved);
  }, [draft, host, item, officer, safeguarding, store, onSaved]);

  return { draft, errors, change, submit, save };
}
