import type { CaseFile, FeedbackStore, StoreError, Stored, TrackedCaseField } from '../data/store';
import {
  feedbackCaseRecord,
  loadRecord,
  stageRecord,
  type FeedbackCase,
  type Stage,
} from '../domain/records';
import { err, ok, type Result } from '../domain/primitives/result';
import { storeCall } from './storeCall';

/**
 * An officer's edit of a case in the tab's case panel: the case and its stages as they should
 * be, and why the type, procedure or stage changed (when one did). Who saved it and when are
 * SharePoint's stamps on the item's version (Editor, Modified), never written by us.
 */
export interface CaseEdit {
  readonly case: FeedbackCase;
  /** Every stage of the case, edited or not (a stage is never added or removed here). */
  readonly stages: readonly Stage[];
  readonly why: string;
}

/** Problems by where they are: `why`, a case field (`closed`), or `stages.2.responded`. */
export type CaseEditProblems = Readonly<Record<string, string>>;

const trackedFields: readonly TrackedCaseField[] = ['type', 'procedure', 'currentStage'];

/** The case's type, procedure or stage, when the edit changes them: each needs a reason. */
export function trackedChanges(before: FeedbackCase, after: FeedbackCase): TrackedCaseField[] {
  return trackedFields.filter((field) => before[field] !== after[field]);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of the case the edit changes, each with its new value (undefined: cleared).
 *   casePatch({ …c, serviceArea: 'Housing' }, { …c, serviceArea: 'Highways' }) → { serviceArea: 'Highways' }
 */
export function casePatch(before: FeedbackCase, after: FeedbackCase): Partial<FeedbackCase> {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof FeedbackCase>;
  const patch: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === 'reference' || key === 'schemaVersion') continue;
    if (!same(before[key], after[key])) patch[key] = after[key];
  }
  return patch as Partial<FeedbackCase>;
}

/**
 * What is wrong with an edit, in words for the officer, before anything is written: the
 * records' own rules (src/domain/records) and those that span fields (a closed case needs its
 * date and, for a complaint, its outcome; a changed type, procedure or stage needs a reason).
 * Empty when it may be saved.
 */
export function caseEditProblems(before: CaseFile, edit: CaseEdit): CaseEditProblems {
  const problems: Record<string, string> = {};
  const c = edit.case;
  const loaded = loadRecord(feedbackCaseRecord, c);
  if (!loaded.ok)
    for (const issue of loaded.error.issues) problems[issue.path || 'case'] ??= issue.message;
  if (trackedChanges(before.case.value, c).length > 0 && edit.why.trim() === '')
    problems.why = 'Say why the type, procedure or stage is changed: it is kept with the change.';
  if (c.type === 'complaint' && c.procedure === null)
    problems.procedure = 'A complaint is handled under a procedure: choose one.';
  const numbers = new Set(edit.stages.map((s) => s.number));
  if (c.type === 'complaint' && numbers.size > 0 && !numbers.has(c.currentStage))
    problems.currentStage = `This case has no ${c.currentStage === 0 ? 'early resolution' : `Stage ${c.currentStage}`}: choose one of its stages (escalating adds a stage).`;
  if (c.status === 'closed') {
    if (!c.closed) problems.closed = 'A closed case needs the date it was closed.';
    if (c.type === 'complaint' && !c.outcome)
      problems.outcome = 'A closed complaint needs its outcome.';
  } else if (c.closed) {
    problems.closed = 'An open case has no closing date: clear it, or close the case.';
  }
  if (c.closed && c.closed < c.received)
    problems.closed = 'The case cannot close before it was received.';
  for (const stage of edit.stages) {
    const at = `stages.${stage.number}`;
    const read = loadRecord(stageRecord, stage);
    if (!read.ok)
      for (const issue of read.error.issues)
        problems[`${at}.${issue.path || 'stage'}`] ??= issue.message;
    if (stage.elements && stage.number !== 2)
      problems[`${at}.elements`] = 'Elements investigated are recorded for Stage 2 only.';
    if (stage.responded && stage.responded < stage.requested)
      problems[`${at}.responded`] = 'The response cannot come before the stage was requested.';
    if (stage.acknowledged && stage.acknowledged < stage.requested)
      problems[`${at}.acknowledged`] = 'The acknowledgement cannot come before the request.';
  }
  return problems;
}

const conflict: StoreError = {
  code: 'conflict',
  message: 'Someone else changed this case while you were working on it.',
};

/**
 * Saves an officer's edit: what a save writes, in one place.
 * - nothing when nothing changed;
 * - the case's changed fields, with the ETag the officer saw and the reason when the type,
 *   procedure or stage changed (kept in that version of the item, beside SharePoint's stamps);
 * - each changed stage, with its own ETag.
 * Before writing anything, the case is read again: if the case or a stage to be written was
 * changed by someone else since the officer opened it, nothing is written (`conflict`); each
 * write is guarded by its ETag too, so a change in between is refused by SharePoint (412).
 * Returns the case as saved.
 */
export async function saveCaseEdit(
  store: FeedbackStore,
  before: CaseFile,
  edit: CaseEdit,
): Promise<Result<CaseFile, StoreError>> {
  const problems = caseEditProblems(before, edit);
  if (Object.keys(problems).length > 0)
    return err({ code: 'invalid', message: Object.values(problems).join(' ') });
  const reference = before.case.value.reference;
  const patch = casePatch(before.case.value, edit.case);
  const stageWrites = edit.stages.flatMap((stage) => {
    const was = before.stages.find((s) => s.value.number === stage.number);
    return was && !same(was.value, stage) ? [{ stage, was }] : [];
  });
  if (Object.keys(patch).length === 0 && stageWrites.length === 0) return ok(before);

  const now = await storeCall(() => store.getCase(reference));
  if (!now.ok) return now;
  if (!now.value) return err({ code: 'not_found', message: `There is no case ${reference}.` });
  const current = now.value;
  const unchanged = (was: Stored<Stage>) =>
    current.stages.find((s) => s.itemId === was.itemId)?.etag === was.etag;
  if (
    (Object.keys(patch).length > 0 && current.case.etag !== before.case.etag) ||
    stageWrites.some(({ was }) => !unchanged(was))
  )
    return err(conflict);

  if (Object.keys(patch).length > 0) {
    const why = trackedChanges(before.case.value, edit.case).length > 0 ? edit.why.trim() : '';
    const saved = await storeCall(() =>
      store.updateCase(reference, patch, before.case.etag, why || undefined),
    );
    if (!saved.ok) return saved;
  }
  for (const { stage, was } of stageWrites) {
    const saved = await storeCall(() => store.updateStage(reference, stage, was.etag));
    if (!saved.ok) return saved;
  }
  const reread = await storeCall(() => store.getCase(reference));
  if (!reread.ok) return reread;
  return reread.value
    ? ok(reread.value)
    : err({ code: 'not_found', message: `There is no case ${reference}.` });
}
