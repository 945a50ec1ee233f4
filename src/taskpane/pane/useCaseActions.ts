import { useCallback, useState } from 'react';
import type { CaseMatch, FeedbackStore, StoreError } from '../../data/store';
import type { Person } from '../../domain/records';
import { ok, type Result } from '../../domain/primitives/result';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import {
  addEmailToCase,
  escalateCase,
  recordCaseEvent,
  recordSafeguardingReferral,
  type CaseWorkDone,
} from '../../services/caseActions';
import { explainWriteError, type WriteFailure } from '../../services/writeErrors';
import type { WithdrawalReason } from '../../domain/records';
import { withdrawCase } from '../../services/withdrawCase';
import type { StageEventInput } from '../../ui/common/StageEventForm';
import type { SafeguardingReferral } from '../../ui/triage/SafeguardingAlert';
import { incomingEmail } from './emailMessage';

export type ActionOutcome =
  | { readonly status: 'idle' }
  | { readonly status: 'busy'; readonly action: string }
  | { readonly status: 'done'; readonly message: string; readonly notes: readonly string[] }
  | { readonly status: 'failed'; readonly failure: WriteFailure; readonly error: StoreError };

/**
 * What an officer can do with the case an email belongs to, as the pane's state: each action
 * is a rule in src/services/caseActions.ts; this hook only shows it busy, then its message or
 * its failure in the words both apps use (`explainWriteError`).
 */
export function useCaseActions({
  store,
  host,
  item,
  match,
  officer,
  safeguardingReasons,
  onChanged,
}: {
  store: FeedbackStore;
  host: MailHost;
  item: MailItem;
  match: CaseMatch;
  officer: Person;
  safeguardingReasons: readonly string[];
  onChanged: (match: CaseMatch) => void;
}) {
  const [outcome, setOutcome] = useState<ActionOutcome>({ status: 'idle' });

  const run = useCallback(
    /** True when the action was saved. */
    async (
      action: string,
      work: () => Promise<Result<CaseWorkDone, StoreError>>,
    ): Promise<boolean> => {
      setOutcome({ status: 'busy', action });
      const done = await work();
      if (!done.ok) {
        const failure = explainWriteError(done.error, { action, record: 'this case' });
        setOutcome({ status: 'failed', failure, error: done.error });
        return false;
      }
      const { file, message, notes, matchedBy } = done.value;
      onChanged({ ...file, matchedBy: matchedBy ?? match.matchedBy });
      setOutcome({ status: 'done', message, notes });
      return true;
    },
    [match.matchedBy, onChanged],
  );

  const email = () => incomingEmail(host, item);
  const addEmail = () => run('adding the email', () => addEmailToCase(store, match, email()));
  /** Finishes a save that stopped half-way: the email archived and in the correspondence. */
  const finishSave = () =>
    run('archiving this email', async () => {
      const done = await addEmailToCase(store, match, email());
      if (!done.ok) return done;
      const reference = match.case.value.reference;
      return ok({
        ...done.value,
        message: `Save finished: this email is archived and in ${reference}'s correspondence.`,
      });
    });
  const escalate = (to: 1 | 2 | 3, requested: string) =>
    run('the escalation', () => escalateCase(store, match, email(), to, requested));
  const recordEvent = (input: StageEventInput) =>
    run('recording that', () => recordCaseEvent(store, match.case, match.stages.at(-1), input));
  const recordReferral = (referral: SafeguardingReferral) =>
    run('recording the referral', () =>
      recordSafeguardingReferral(store, match, referral, safeguardingReasons, officer),
    );

  const withdraw = (reason: WithdrawalReason, on: string, detail: string, duplicateOf?: string) =>
    run('withdrawing the case', () => withdrawCase(store, match, reason, on, detail, duplicateOf));

  return { outcome, addEmail, finishSave, escalate, recordEvent, recordReferral, withdraw };
}
