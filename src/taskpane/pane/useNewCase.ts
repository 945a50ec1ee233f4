import { useCallback, useEffect, useState } from 'react';
import type { FeedbackStore, StoreError } from '../../data/store';
import type { Person } from '../../domain/records';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import { saveNewCase, type SavedCase } from '../../services/saveNewCase';
import { draftErrors, type CaseDraft, type DraftErrors } from '../../ui/triage/caseDraft';
import { clearDraft, readDraft, writeDraft } from '../model/draftStorage';
import { toNewCase, type SafeguardingFlag } from '../model/toNewCase';
import { incomingEmail } from './emailMessage';

export type { SavedCase };

export type SaveState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'failed'; readonly error: StoreError }
  | { readonly status: 'saved'; readonly saved: SavedCase };

/**
 * The new-case form's state: the draft (restored from, and kept in, sessionStorage until
 * saved), its errors, and `save`. What a save does (exactly once, the safeguarding pause,
 * filing the email) is the rule `saveNewCase` in src/services; this hook keeps the form.
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
    const newCase = toNewCase(draft, item, officer, safeguarding);
    const result = await saveNewCase(store, incomingEmail(host, item), newCase, officer, {
      safeguarding: safeguarding !== undefined,
    });
    if (!result.ok) {
      setSave({ status: 'failed', error: result.error });
      return;
    }
    clearDraft(item.internetMessageId);
    setTouched(false);
    setSave({ status: 'saved', saved: result.value });
    onSaved(result.value);
  }, [draft, host, item, officer, safeguarding, store, onSaved]);

  return { draft, errors, change, submit, save };
}
