import { useCallback, useState } from 'react';
import type { CaseFile, CaseMatch, FeedbackStore, StageEvent, StoreError } from '../../data/store';
import type { Person } from '../../domain/records';
import { asIsoDate } from '../../domain/shared/brand';
import { FILED_CATEGORY, type MailHost, type MailItem } from '../../platform/outlook/mailHost';
import type { StageEventInput } from '../../ui/triage/StageEventForm';
import type { SafeguardingReferral } from '../../ui/triage/SafeguardingAlert';
import { emailMessageOf, tagEmail } from './emailMessage';
import { explainStoreError, storeCall } from './storeCall';

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

  const finish = useCallback(
    (
      file: CaseFile,
      message: string,
      notes: string[],
      matchedBy: CaseMatch['matchedBy'] = match.matchedBy,
    ) => {
      onChanged({ ...file, matchedBy });
      setOutcome({ status: 'done', message, notes });
    },
    [match.matchedBy, onChanged],
  );

  const fileEmail = useCallback(async (): Promise<string[]> => {
    const added = await storeCall(async () =>
      store.addEmailToCase(reference, await emailMessageOf(host, item)),
    );
    if (!added.ok) throw added.error;
    const note = await tagEmail(host, item, FILED_CATEGORY);
    return note ? [note] : [];
  }, [store, host, item, reference]);

  const run = useCallback(async (action: string, work: () => Promise<void>) => {
    setOutcome({ status: 'busy', action });
    try {
      await work();
    } catch (thrown) {
      const error = thrown as StoreError;
      setOutcome({ status: 'failed', message: explainStoreError(error, action), error });
    }
  }, []);

  const addEmail = useCallback(
    () =>
      run('adding the email', async () => {
        const notes = await fileEmail();
        const reread = await storeCall(() => store.getCase(reference));
        const file = reread.ok && reread.value ? reread.value : match;
        finish(file, `The email was added to ${reference}'s correspondence.`, notes, 'message');
      }),
    [run, fileEmail, store, reference, match, finish],
  );

  const escalate = useCallback(
    (to: 2 | 3, requested: string) =>
      run('the escalation', async () => {
        const result = await storeCall(() =>
          store.escalate(reference, to, requested, match.case.etag),
        );
        if (!result.ok) throw result.error;
        // The email asking for the escalation belongs on the case too.
        const notes =
          match.matchedBy === 'message'
            ? []
            : await fileEmail().catch((e: StoreError) => [
                `The escalation is saved, but the email was not added to the case: ${e.message}`,
              ]);
        finish(
          result.value,
          `${reference} escalated to Stage ${to}, requested on ${requested}.`,
          notes,
          'message',
        );
      }),
    [run, store, reference, match, fileEmail, finish],
  );

  const recordEvent = useCallback(
    (input: StageEventInput) =>
      run('recording that', async () => {
        if (!stage)
          throw {
            code: 'not_found',
            message: 'This case has no stage to record on.',
          } satisfies StoreError;
        const event = toStageEvent(input);
        const result = await storeCall(() =>
          store.recordStageEvent(reference, stage.value.number, event, stage.etag),
        );
        if (!result.ok) throw result.error;
        finish(result.value, `Recorded on ${reference}.`, []);
      }),
    [run, stage, store, reference, finish],
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
        if (!updated.ok) throw updated.error;
        let file: CaseFile = { ...match, case: updated.value };
        const notes: string[] = [];
        const running = stage?.value.pauses.some((p) => p.from && !p.to);
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
        finish(file, `Safeguarding referral recorded on ${reference} by ${officer.name}.`, notes);
      }),
    [run, store, reference, safeguardingReasons, match, stage, officer.name, finish],
  );

  return { outcome, addEmail, escalate, recordEvent, recordReferral };
}

function toStageEvent(input: StageEventInput): StageEvent {
  switch (input.kind) {
    case 'acknowledged':
      return { kind: 'acknowledged', on: input.on };
    case 'responded':
      return {
        kind: 'responded',
        on: input.on,
        ...(input.outcome ? { outcome: input.outcome } : {}),
      };
    case 'extension':
      return { kind: 'extension', agreedOn: input.agreedOn, reason: input.reason };
    case 'pause_started':
      return {
        kind: 'pause_started',
        from: input.from,
        reason: input.reason,
        ...(input.note ? { note: input.note } : {}),
      };
    case 'pause_ended':
      return { kind: 'pause_ended', to: input.to };
  }
}
