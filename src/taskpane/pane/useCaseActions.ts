import { useCallback, useState } from 'react';
import type { CaseFile, CaseMatch, FeedbackStore, StoreError } from '../../data/store';
import type { Person } from '../../domain/records';
import { asIsoDate } from '../../domain/shared/brand';
import { err, ok, type Result } from '../../domain/shared/result';
import { FILED_CATEGORY, type MailHost, type MailItem } from '../../platform/outlook/mailHost';
import type { StageEventInput } from '../../ui/common/StageEventForm';
import type { SafeguardingReferral } from '../../ui/triage/SafeguardingAlert';
import { emailMessageOf, tagEmail } from './emailMessage';
import { explainStoreError, storeCall } from './storeCall';

/** What a finished action leaves: the case as it is now, and what to tell the officer. */
interface Done {
  readonly file: CaseFile;
  readonly message: string;
  readonly notes: readonly string[];
  readonly matchedBy?: CaseMatch['matchedBy'];
}

export type ActionOutcome =
  | { readonly status: 'idle' }
  | { readonly status: 'busy'; readonly action: string }
  | { readonly status: 'done'; readonly message: string; readonly notes: readonly string[] }
  | { readonly status: 'failed'; readonly message: string; readonly error: StoreError };

/**
 * What an officer can do with the case an email belongs to: file the email on it, escalate
 * it, record a stage event or a safeguarding referral. Each keeps the case's ETag, so a
 * colleague's change in between is refused (412) and said plainly instead of overwritten.
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
  const reference = match.case.value.reference;
  const stage = match.stages.at(-1);

  const fileEmail = useCallback(async (): Promise<Result<string[], StoreError>> => {
    const added = await storeCall(async () =>
      store.addEmailToCase(reference, await emailMessageOf(host, item)),
    );
    if (!added.ok) return added;
    const note = await tagEmail(host, item, FILED_CATEGORY);
    return ok(note ? [note] : []);
  }, [store, host, item, reference]);

  /** Runs one action: busy while it works, then its message, or its failure in plain words. */
  const run = useCallback(
    async (action: string, work: () => Promise<Result<Done, StoreError>>) => {
      setOutcome({ status: 'busy', action });
      const done = await work();
      if (!done.ok) {
        setOutcome({
          status: 'failed',
          message: explainStoreError(done.error, action),
          error: done.error,
        });
        return;
      }
      const { file, message, notes, matchedBy } = done.value;
      onChanged({ ...file, matchedBy: matchedBy ?? match.matchedBy });
      setOutcome({ status: 'done', message, notes });
    },
    [match.matchedBy, onChanged],
  );

  const addEmail = useCallback(
    () =>
      run('adding the email', async () => {
        const filed = await fileEmail();
        if (!filed.ok) return filed;
        const reread = await storeCall(() => store.getCase(reference));
        const file = reread.ok && reread.value ? reread.value : match;
        return ok({
          file,
          message: `The email was added to ${reference}'s correspondence.`,
          notes: filed.value,
          matchedBy: 'message' as const,
        });
      }),
    [run, fileEmail, store, reference, match],
  );

  const escalate = useCallback(
    (to: 2 | 3, requested: string) =>
      run('the escalation', async () => {
        const result = await storeCall(() =>
          store.escalate(reference, to, requested, match.case.etag),
        );
        if (!result.ok) return result;
        // The email asking for the escalation belongs on the case too.
        let notes: string[] = [];
        if (match.matchedBy !== 'message') {
          const filed = await fileEmail();
          notes = filed.ok
            ? filed.value
            : [
                `The escalation is saved, but the email was not added to the case: ${filed.error.message}`,
              ];
        }
        return ok({
          file: result.value,
          message: `${reference} escalated to Stage ${to}, requested on ${requested}.`,
          notes,
          matchedBy: 'message' as const,
        });
      }),
    [run, store, reference, match, fileEmail],
  );

  const recordEvent = useCallback(
    (input: StageEventInput) =>
      run('recording that', async () => {
        if (!stage) {
          return err({
            code: 'not_found' as const,
            message: 'This case has no stage to record on.',
          });
        }
        const result = await storeCall(() =>
          store.recordStageEvent(reference, stage.value.number, input, stage.etag),
        );
        if (!result.ok) return result;
        return ok({ file: result.value, message: `Recorded on ${reference}.`, notes: [] });
      }),
    [run, stage, store, reference],
  );

  const recordReferral = useCallback(
    (referral: SafeguardingReferral) =>
      run('recording the referral', async () => {
        const updated = await storeCall(() =>
          store.updateCase(
            reference,
            {
              safeguarding: {
                flagged: true,
                reasons: [...safeguardingReasons],
                referredOn: asIsoDate(referral.referredOn),
                referredBy: referral.referredBy,
              },
            },
            match.case.etag,
          ),
        );
        if (!updated.ok) return updated;
        let file: CaseFile = { ...match, case: updated.value };
        const notes: string[] = [];
        const running = stage?.value.pauses.some((p) => p.from && !p.to);
        // Any complaint is paused while the front door deals with the referral.
        if (match.case.value.type === 'complaint' && stage && !running) {
          const paused = await storeCall(() =>
            store.recordStageEvent(
              reference,
              stage.value.number,
              {
                kind: 'pause_started',
                from: asIsoDate(referral.referredOn),
                reason: 'safeguarding_enquiry',
              },
              stage.etag,
            ),
          );
          if (paused.ok) file = paused.value;
          else notes.push(`The complaint could not be paused: ${paused.error.message}`);
        }
        return ok({
          file,
          message: `Safeguarding referral recorded on ${reference} by ${officer.name}.`,
          notes,
        });
      }),
    [run, store, reference, safeguardingReasons, match, stage, officer.name],
  );

  return { outcome, addEmail, escalate, recordEvent, recordReferral };
}
