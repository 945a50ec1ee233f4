import type {
  CaseFile,
  CaseMatch,
  FeedbackStore,
  StageEvent,
  StoreError,
  Stored,
} from '../data/store';
import type { FeedbackCase, Person, Stage } from '../domain/records';
import { asIsoDate, type CaseReference } from '../domain/primitives/brand';
import { err, ok, type Result } from '../domain/primitives/result';
import { formatUkDate } from '../domain/format';
import type { IncomingEmail } from './incomingEmail';
import { pauseForSafeguarding } from './safeguardingPause';
import { storeCall } from './storeCall';

/**
 * What an officer can do with an existing case, each a plain function over the store. Every
 * write carries the ETag the officer saw, so a colleague's change in between is refused (412)
 * instead of overwritten; the caller words the failure with `explainWriteError`.
 */

/** What a finished action leaves: the case as it is now, and what to tell the officer. */
export interface CaseWorkDone {
  readonly file: CaseFile;
  readonly message: string;
  /** Things that went wrong after the main change was saved. */
  readonly notes: readonly string[];
  /** Set when the email is now on the case. */
  readonly matchedBy?: CaseMatch['matchedBy'];
}

type Done = Promise<Result<CaseWorkDone, StoreError>>;

/** Files the email on the case (idempotent on its message id) and marks it filed. */
async function fileEmail(
  store: FeedbackStore,
  reference: CaseReference,
  email: IncomingEmail,
): Promise<Result<string[], StoreError>> {
  const message = await email.message();
  const added = await storeCall(() => store.addEmailToCase(reference, message));
  if (!added.ok) return added;
  const note = await email.markFiled();
  return ok(note ? [note] : []);
}

/** Adds the email to the case's correspondence, then reads the case again to show it. */
export async function addEmailToCase(
  store: FeedbackStore,
  match: CaseFile,
  email: IncomingEmail,
): Done {
  const reference = match.case.value.reference;
  const filed = await fileEmail(store, reference, email);
  if (!filed.ok) return filed;
  const reread = await storeCall(() => store.getCase(reference));
  return ok({
    file: reread.ok && reread.value ? reread.value : match,
    message: `The email was added to ${reference}'s correspondence.`,
    notes: filed.value,
    matchedBy: 'message',
  });
}

/**
 * Escalates the case to Stage `to`, requested on `requested` (the day the new stage's clock
 * starts). A closed case is reopened. The email asking for it belongs on the case too: it is
 * filed after the escalation unless it is there already.
 */
export async function escalateCase(
  store: FeedbackStore,
  match: CaseMatch,
  email: IncomingEmail,
  to: 1 | 2 | 3,
  requested: string,
): Done {
  const reference = match.case.value.reference;
  const reopened = match.case.value.status === 'closed';
  const result = await storeCall(() => store.escalate(reference, to, requested, match.case.etag));
  if (!result.ok) return result;
  let notes: string[] = [];
  if (match.matchedBy !== 'message') {
    const filed = await fileEmail(store, reference, email);
    notes = filed.ok
      ? filed.value
      : [
          `The escalation is saved, but the email was not added to the case: ${filed.error.message}`,
        ];
  }
  return ok({
    file: result.value,
    message: `${reference} ${reopened ? 'reopened and escalated' : 'escalated'} to Stage ${to}, requested on ${formatUkDate(requested)}.`,
    notes,
    matchedBy: 'message',
  });
}

/**
 * A case without stages (compliments, MP enquiries, comments) takes its acknowledgement and
 * response as dates on the case itself; a response closes it. Other events need a stage.
 */
export function casePatchFor(event: StageEvent): Partial<FeedbackCase> | undefined {
  if (event.kind === 'acknowledged') return { acknowledged: asIsoDate(event.on) };
  if (event.kind === 'responded') {
    const on = asIsoDate(event.on);
    return { responded: on, status: 'closed', closed: on };
  }
  return undefined;
}

/**
 * Records an acknowledgement, response, extension or pause on the case's current stage
 * (guarded by that stage's ETag), or on the case itself when it has no stages.
 */
export async function recordCaseEvent(
  store: FeedbackStore,
  caseItem: Stored<FeedbackCase>,
  stage: Stored<Stage> | undefined,
  event: StageEvent,
): Done {
  const reference = caseItem.value.reference;
  if (stage) {
    const result = await storeCall(() =>
      store.recordStageEvent(reference, stage.value.number, event, stage.etag),
    );
    if (!result.ok) return result;
    return ok({ file: result.value, message: `Recorded on ${reference}.`, notes: [] });
  }
  const patch = casePatchFor(event);
  if (!patch) {
    return err({
      code: 'invalid',
      message: 'This case has no stage: only its acknowledgement and response can be recorded.',
    });
  }
  const updated = await storeCall(() => store.updateCase(reference, patch, caseItem.etag));
  if (!updated.ok) return updated;
  return ok({
    file: { case: updated.value, stages: [] },
    message: `Recorded on ${reference}.`,
    notes: [],
  });
}

/** A referral to the front door (MASH / First Response), as the officer records it. */
export interface Referral {
  readonly referredOn: string;
  readonly referredBy: string;
}

/**
 * Records that the safeguarding concern was referred, with the reasons it was flagged; a
 * complaint is then paused from the referral day while the front door deals with it.
 */
export async function recordSafeguardingReferral(
  store: FeedbackStore,
  match: CaseFile,
  referral: Referral,
  reasons: readonly string[],
  officer: Person,
): Done {
  const reference = match.case.value.reference;
  const referredOn = asIsoDate(referral.referredOn);
  const updated = await storeCall(() =>
    store.updateCase(
      reference,
      {
        safeguarding: {
          flagged: true,
          reasons: [...reasons],
          referredOn,
          referredBy: referral.referredBy,
        },
      },
      match.case.etag,
    ),
  );
  if (!updated.ok) return updated;
  const paused = await pauseForSafeguarding(store, { ...match, case: updated.value }, referredOn);
  return ok({
    file: paused.file,
    message: `Safeguarding referral recorded on ${reference} by ${officer.name}.`,
    notes: paused.note ? [paused.note] : [],
  });
}
