import {
  feedbackCaseRecord,
  loadRecord,
  stageRecord,
  type FeedbackCase,
  type Stage,
  whyNotEscalate,
  whyNotWithdraw,
  withdrawalOutcome,
  type StageNumber,
  type WithdrawalReason,
} from '../../domain/records';
import { formatUkDate } from '../../domain/format';
import { asCaseReference, type CaseReference } from '../../domain/primitives/brand';
import { conflictError, StoreFailure } from '../graph/storeError';
import { casesList, stagesList } from '../lists';
import type { CaseFile, StageEvent, Stored } from '../store';
import { readCaseFile } from './caseFiles';
import type { StoreContext } from './context';
import { createOrFind, updateItem } from './items';

const conflict = () => new StoreFailure(conflictError());

async function requireCase(ctx: StoreContext, reference: CaseReference): Promise<CaseFile> {
  const file = await readCaseFile(ctx, reference);
  if (!file)
    throw new StoreFailure({ code: 'not_found', message: `There is no case ${reference}.` });
  return file;
}

const invalid = (message: string) => new StoreFailure({ code: 'invalid', message });

function validCase(value: unknown): FeedbackCase {
  const loaded = loadRecord(feedbackCaseRecord, value);
  if (!loaded.ok) throw invalid(loaded.error.message);
  return loaded.value;
}

/**
 * Escalates a complaint to its next stage, as far as `whyNotEscalate` allows (the pane offers
 * the same): the case moves on (guarded by its ETag, so a colleague's change in between is a
 * conflict, not an overwrite) and the new stage starts on the request date. A case closed by
 * its last response is open again.
 */
export async function escalate(
  ctx: StoreContext,
  reference: CaseReference,
  to: 1 | 2 | 3,
  requested: string,
  etag: string,
): Promise<CaseFile> {
  const file = await requireCase(ctx, reference);
  const current = file.case.value;
  const stage = loadRecord(stageRecord, {
    schemaVersion: stageRecord.version,
    caseReference: reference,
    number: to,
    requested,
  });
  if (!stage.ok) throw invalid(stage.error.message);
  // A retry of an escalation that moved the case but did not write its new stage (the network
  // dropped in between): finish it, writing only the missing stage. The case is not written, so
  // the ETag the screen had before the first try does not matter.
  if (
    current.type === 'complaint' &&
    current.status === 'open' &&
    current.currentStage === to &&
    !file.stages.some((s) => s.value.number === to)
  ) {
    await createOrFind(ctx, stagesList, stage.value);
    return requireCase(ctx, reference);
  }
  const refused = whyNotEscalate(current, to);
  if (refused) throw invalid(refused);
  if (file.case.etag !== etag) throw conflict();
  const { outcome: _outcome, closed: _closed, ...open } = current;
  const moved = validCase({ ...open, currentStage: to, status: 'open' });
  // The version SharePoint stamps with who escalated and when also says why, so the case's
  // history reads "Escalated to Stage 2, requested on 12 January 2026", never a bare change.
  const updated = await updateItem(ctx, casesList, file.case.itemId, moved, etag, {
    ChangeReason: escalationReason(to, requested, current.status === 'closed'),
  });
  await createOrFind(ctx, stagesList, stage.value);
  return (await readCaseFile(ctx, reference)) ?? { case: updated, stages: file.stages };
}

/**
 * Why a case moved up a stage, in words for its history and nothing personal:
 * `escalationReason(2, '2026-01-12', true)` → `'Escalated to Stage 2, requested on 12 January
 * 2026; the closed case was reopened.'`
 */
export function escalationReason(to: 1 | 2 | 3, requested: string, reopened: boolean): string {
  return `Escalated to Stage ${to}, requested on ${formatUkDate(requested)}${reopened ? '; the closed case was reopened' : ''}.`;
}

/** The stage after one event; a plain message for an event that does not fit. */
export function applyStageEvent(stage: Stage, event: StageEvent): Stage {
  switch (event.kind) {
    case 'acknowledged':
      return { ...stage, acknowledged: event.on as Stage['requested'] };
    case 'responded':
      return {
        ...stage,
        responded: event.on as Stage['requested'],
        ...(event.outcome ? { outcome: event.outcome } : {}),
      };
    case 'extension':
      return {
        ...stage,
        extension: { agreedOn: event.agreedOn as Stage['requested'], reason: event.reason },
      };
    case 'pause_started': {
      if (stage.pauses.some((p) => p.from !== undefined && p.to === undefined))
        throw invalid('This stage is already paused: end that pause first.');
      return {
        ...stage,
        pauses: [
          ...stage.pauses,
          {
            from: event.from as Stage['requested'],
            reason: event.reason,
            agreedByBoth: false,
            ...(event.note ? { note: event.note } : {}),
          },
        ],
      };
    }
    case 'pause_ended': {
      const open = stage.pauses.findIndex((p) => p.from !== undefined && p.to === undefined);
      if (open < 0) throw invalid('This stage is not paused.');
      const pauses = stage.pauses.map((p, i) =>
        i === open ? { ...p, to: event.to as Stage['requested'] } : p,
      );
      return { ...stage, pauses };
    }
  }
}

/**
 * Records an acknowledgement, response, extension or pause on a stage. `etag` is the one the
 * screen showed, of the stage or of the case: if either changed since, it is a conflict. A
 * response resolves the case (status closed, its outcome and date), which is what the annual
 * report counts; escalating opens it again.
 */
export async function recordStageEvent(
  ctx: StoreContext,
  reference: CaseReference,
  number: StageNumber,
  event: StageEvent,
  etag: string,
): Promise<CaseFile> {
  const file = await requireCase(ctx, reference);
  const stage = file.stages.find((s) => s.value.number === number);
  if (!stage)
    throw new StoreFailure({
      code: 'not_found',
      message: `Case ${reference} has no Stage ${number}.`,
    });
  if (etag !== stage.etag && etag !== file.case.etag) throw conflict();
  const next = loadRecord(stageRecord, applyStageEvent(stage.value, event));
  if (!next.ok) throw invalid(next.error.message);
  await updateItem(ctx, stagesList, stage.itemId, next.value, stage.etag);
  if (event.kind === 'responded') {
    const resolved = validCase({
      ...file.case.value,
      status: 'closed',
      closed: event.on,
      ...(event.outcome ? { outcome: event.outcome } : {}),
    });
    await updateItem(ctx, casesList, file.case.itemId, resolved, file.case.etag);
  }
  return requireCase(ctx, reference);
}

/**
 * Changes a case's own values (not its reference), guarded by the ETag the screen showed.
 * `why` goes in ChangeReason, cleared when absent, so a version never carries an older reason.
 */
export async function updateCase(
  ctx: StoreContext,
  reference: CaseReference,
  patch: Partial<FeedbackCase>,
  etag: string,
  why?: string,
): Promise<Stored<FeedbackCase>> {
  const file = await requireCase(ctx, reference);
  if (file.case.etag !== etag) throw conflict();
  const merged = validCase({
    ...file.case.value,
    ...patch,
    reference: file.case.value.reference,
    schemaVersion: feedbackCaseRecord.version,
  });
  return updateItem(ctx, casesList, file.case.itemId, merged, etag, {
    ChangeReason: why?.trim() ? why.trim() : null,
  });
}

/** Replaces one existing stage of a case, guarded by the stage's ETag the screen showed. */
export async function updateStage(
  ctx: StoreContext,
  reference: CaseReference,
  stage: Stage,
  etag: string,
): Promise<Stored<Stage>> {
  const file = await requireCase(ctx, reference);
  const current = file.stages.find((s) => s.value.number === stage.number);
  if (!current)
    throw new StoreFailure({
      code: 'not_found',
      message: `Case ${reference} has no Stage ${stage.number}.`,
    });
  if (current.etag !== etag) throw conflict();
  const next = loadRecord(stageRecord, {
    ...stage,
    caseReference: reference,
    schemaVersion: stageRecord.version,
  });
  if (!next.ok) throw invalid(next.error.message);
  return updateItem(ctx, stagesList, current.itemId, next.value, etag);
}

/**
 * Closes an open case without a response, for a reason the officer gives (the complainant
 * withdrew, it was resolved informally, it duplicates another case): the current stage, if
 * any, takes `outcome`, and the case is closed on `on` with it. The reason is saved with this
 * version of the case item (ChangeReason), so who withdrew it and when are SharePoint's own
 * Editor and Modified on that version. Guarded by the case's ETag the screen showed.
 */
export async function withdrawCase(
  ctx: StoreContext,
  reference: CaseReference,
  withdrawal: { reason: WithdrawalReason; on: string; why: string; duplicateOf?: string },
  etag: string,
): Promise<CaseFile> {
  const file = await requireCase(ctx, reference);
  if (file.case.etag !== etag) throw conflict();
  const refused = whyNotWithdraw(file.case.value, withdrawal);
  if (refused) throw invalid(refused);
  if (!withdrawal.why.trim()) throw invalid('Give the reason the case is withdrawn.');
  const { duplicateOf } = withdrawal;
  if (duplicateOf && !(await readCaseFile(ctx, asCaseReference(duplicateOf))))
    throw invalid(
      `There is no case ${duplicateOf} for this one to duplicate. Check the reference.`,
    );
  const outcome = withdrawalOutcome[withdrawal.reason];
  const closed = validCase({
    ...file.case.value,
    status: 'closed',
    closed: withdrawal.on,
    outcome,
    withdrawnAs: withdrawal.reason,
    ...(duplicateOf ? { duplicateOf: asCaseReference(duplicateOf) } : {}),
  });
  const stage = file.stages.find((s) => s.value.number === file.case.value.currentStage);
  if (stage && stage.value.outcome !== outcome) {
    const next = loadRecord(stageRecord, { ...stage.value, outcome });
    if (!next.ok) throw invalid(next.error.message);
    await updateItem(ctx, stagesList, stage.itemId, next.value, stage.etag);
  }
  await updateItem(ctx, casesList, file.case.itemId, closed, etag, {
    ChangeReason: withdrawal.why.trim(),
  });
  return requireCase(ctx, reference);
}
