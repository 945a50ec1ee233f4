import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseFile, CaseMatch, FeedbackStore } from '../../data/store';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import { asCaseReference } from '../../domain/primitives/brand';
import { parseReference } from '../../domain/records';
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
  /** A case the officer looked up by its reference (any case, open or closed). */
  readonly found?: CaseFile;
  /** True while that look-up is under way. */
  readonly finding?: boolean;
  /** Why the look-up found nothing: not a reference, no such case, or the store's failure. */
  readonly findProblem?: string;
}

/**
 * The open cases the sender of an email that matched no case already has (only looked for when
 * `active`), a case looked up by its reference (a follow-up from another address, or in a new
 * thread that quotes no reference), and adding the email to one of them: `onAdded` gets the
 * case with the email on it. A failed look at the sender's cases shows nothing: the officer can
 * still save, and the same email is never saved twice.
 */
export function useSenderCases(
  store: FeedbackStore,
  host: MailHost,
  item: MailItem,
  active: boolean,
  onAdded: (match: CaseMatch, message: string) => void,
): SenderCasesState & { add: (reference: string) => void; find: (typed: string) => void } {
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

  // One look-up at a time: a later one wins over an answer still on its way.
  const lookups = useRef(0);
  const find = useCallback(
    (typed: string) => {
      const mine = ++lookups.current;
      const reference = typed.trim().toUpperCase();
      if (!parseReference(reference)) {
        const findProblem = reference
          ? `“${typed.trim()}” is not a case reference. A reference looks like CSC-2025-0042.`
          : 'Type the case’s reference, for example CSC-2025-0042.';
        setState(({ found: _f, finding: _busy, ...s }) => ({ ...s, findProblem }));
        return;
      }
      setState(({ found: _f, findProblem: _p, ...s }) => ({ ...s, finding: true }));
      void storeCall(() => store.getCase(asCaseReference(reference))).then((result) => {
        if (mine !== lookups.current) return;
        setState((s) => {
          const { found: _f, findProblem: _p, finding: _busy, ...kept } = s;
          if (!result.ok) return { ...kept, findProblem: result.error.message };
          if (!result.value)
            return { ...kept, findProblem: `There is no case ${reference}. Check the reference.` };
          return { ...kept, found: result.value };
        });
      });
    },
    [store],
  );

  const add = useCallback(
    (reference: string) => {
      const file = [...state.cases, ...(state.found ? [state.found] : [])].find(
        (c) => c.case.value.reference === reference,
      );
      if (!file || state.busy) return;
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
    [state.cases, state.found, state.busy, store, host, item, onAdded],
  );

  return { ...state, add, find };
}
