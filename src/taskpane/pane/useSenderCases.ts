import { useCallback, useEffect, useState } from 'react';
import type { CaseFile, CaseMatch, FeedbackStore } from '../../data/store';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import { addEmailToCase } from '../../services/caseActions';
import { storeCall } from '../../services/storeCall';
import { explainWriteError } from '../../services/writeErrors';
import { senderLookbackStart } from '../model/senderCases';
import { incomingEmail } from './emailMessage';

export interface SenderCasesState {
  /** The sender's open cases; empty while looking, when there are none or the look failed. */
  readonly cases: readonly CaseFile[];
  /** The reference the email is being added to. */
  readonly busy?: string;
  /** Why adding the email failed, in the words both apps use. */
  readonly problem?: string;
}

/**
 * The open cases the sender of an email that matched no case already has (only looked for when
 * `active`), and adding the email to one of them or to a case found otherwise (useFindCases):
 * `onAdded` gets the case with the email on it. A failed look at the sender's cases shows nothing: the officer can
 * still save, and the same email is never saved twice.
 */
export function useSenderCases(
  store: FeedbackStore,
  host: MailHost,
  item: MailItem,
  active: boolean,
  onAdded: (match: CaseMatch, message: string) => void,
): SenderCasesState & { add: (file: CaseFile) => void } {
  const [state, setState] = useState<SenderCasesState>({ cases: [] });
  const address = item.from.address;
  const since = senderLookbackStart(item.receivedAt);

  useEffect(() => {
    if (!active) return;
    let live = true;
    void storeCall(() => store.openCasesFromSender(address, since)).then((result) => {
      if (live && result.ok) setState((s) => ({ ...s, cases: result.value }));
    });
    return () => {
      live = false;
    };
  }, [store, address, since, active]);

  const add = useCallback(
    (file: CaseFile) => {
      const reference = file.case.value.reference;
      if (state.busy) return;
      setState(({ problem: _problem, ...s }) => ({ ...s, busy: reference }));
      void addEmailToCase(store, file, incomingEmail(host, item)).then((done) => {
        if (!done.ok) {
          const failure = explainWriteError(done.error, {
            action: 'adding the email',
            record: reference,
          });
          setState(({ busy: _busy, ...s }) => ({ ...s, problem: failure.message }));
          return;
        }
        setState(({ busy: _busy, ...s }) => s);
        onAdded({ ...done.value.file, matchedBy: 'message' }, done.value.message);
      });
    },
    [state.busy, store, host, item, onAdded],
  );

  return { ...state, add };
}
