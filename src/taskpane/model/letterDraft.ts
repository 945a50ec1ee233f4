import type { CaseFile } from '../../data/store';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import {
  councilLetter,
  fillLetter,
  letterScopeOf,
  letterValues,
  type FilledLetter,
  type LetterKind,
} from '../../domain/letters';
import { asIsoDate } from '../../domain/primitives/brand';
import { err, ok, type Result } from '../../domain/primitives/result';
import type { Stage } from '../../domain/records';
import { caseTimeliness } from '../../domain/timescales/caseTimeliness';
import { defaultTimescalePolicy } from '../../domain/timescales/defaultPolicy';

export interface LetterRequest {
  readonly kind: LetterKind;
  readonly file: CaseFile;
  /** The sender of the email the reply goes to, as the email names them. */
  readonly recipientName: string | undefined;
  readonly officerName: string;
  readonly councilName: string;
  /** The council's templates (Settings `letterTemplates`). */
  readonly templates: Readonly<Record<string, string>>;
  readonly calendar: WorkingCalendar;
  readonly today: string;
  /** An extension's reason, as the officer typed it. */
  readonly reason?: string;
}

export interface LetterDraft extends FilledLetter {
  readonly kind: LetterKind;
  /** An extension's new due date (`YYYY-MM-DD`). */
  readonly newDue?: string;
}

/** The response's due date at the case's current stage, with the stages as given. */
function responseDue(
  file: CaseFile,
  stages: readonly Stage[],
  calendar: WorkingCalendar,
  today: string,
): string | undefined {
  const c = file.case.value;
  const current = stages.at(-1)?.number ?? null;
  const clock = caseTimeliness(c, stages, asIsoDate(today), {
    calendar,
    policy: defaultTimescalePolicy(),
  }).find(
    (k) =>
      k.kind === 'deadline' &&
      (k.stage === null || k.stage === current) &&
      // stage1_response, stage2_response, response, stage3_council_response
      k.event.endsWith('response'),
  );
  return clock?.due;
}

/**
 * The letter for a case, filled from the council's template for its type and procedure.
 * An extension is worked out as if agreed today: it fails when the reason is missing or the
 * policy allows no extension at this stage (the new date would be the old one).
 */
export function draftLetter(request: LetterRequest): Result<LetterDraft> {
  const { file, kind, calendar, today } = request;
  const c = file.case.value;
  const stages = file.stages.map((s) => s.value);
  const stage = stages.at(-1);
  // An acknowledgement sent today starts a Code response clock today: the letter gives the
  // date the case will have once the officer confirms it was sent.
  const acknowledging =
    kind === 'acknowledgement' && stage && !stage.acknowledged
      ? [...stages.slice(0, -1), { ...stage, acknowledged: asIsoDate(today) }]
      : stages;
  const due = responseDue(file, acknowledging, calendar, today);
  let newDue: string | undefined;
  if (kind === 'extension') {
    const reason = request.reason?.trim() ?? '';
    if (reason === '')
      return err({ code: 'reason_missing', message: 'Give the reason more time is needed.' });
    if (!stage || !due)
      return err({
        code: 'no_deadline',
        message: 'This case has no response date to extend.',
      });
    const extended = [
      ...stages.slice(0, -1),
      { ...stage, extension: { agreedOn: asIsoDate(today), reason } },
    ];
    newDue = responseDue(file, extended, calendar, today);
    if (!newDue || newDue === due)
      return err({
        code: 'no_extension',
        message: `The timescales allow no extension at ${stage.number === 0 ? 'early resolution' : `Stage ${stage.number}`} of this procedure.`,
      });
  }
  const template = councilLetter(request.templates, kind, letterScopeOf(c));
  const values = letterValues({
    reference: c.reference,
    scope: letterScopeOf(c),
    stage: stage?.number ?? c.currentStage,
    name: request.recipientName,
    council: request.councilName.trim() || 'the council',
    officer: request.officerName,
    received: stage?.requested ?? c.received,
    due,
    reason: request.reason,
    newDue,
  });
  return ok({ kind, ...fillLetter(template, values), ...(newDue ? { newDue } : {}) });
}
