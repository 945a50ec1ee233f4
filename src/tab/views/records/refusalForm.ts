import {
  refusalSchema,
  type Procedure,
  type Refusal,
  type RefusalReason,
} from '../../../domain/records';
import {
  linkProblems,
  nextYearlyId,
  withoutUndefined,
  type FormOutcome,
  type FormProblems,
} from './recordForms';

/**
 * The refusal register's form (issue 16, the Complaint Handling Code 2.2 and 2.4): what was
 * typed to a refused complaint the store accepts, or the problems by field in words.
 */

/** A refusal as its form holds it: text as typed, `''` for empty. */
export interface RefusalForm {
  readonly received: string;
  readonly refused: string;
  readonly caseReference: string;
  readonly procedure: Procedure | '';
  readonly serviceArea: string;
  readonly reason: RefusalReason | '';
  readonly reasonOther: string;
  readonly signposted: boolean;
}

/** A new refusal: the Ombudsman signposted unless the manager says otherwise (the Code asks it). */
export const emptyRefusalForm: RefusalForm = {
  received: '',
  refused: '',
  caseReference: '',
  procedure: '',
  serviceArea: '',
  reason: '',
  reasonOther: '',
  signposted: true,
};

export function refusalFormOf(refusal: Refusal): RefusalForm {
  return {
    received: refusal.received,
    refused: refusal.refused,
    caseReference: refusal.caseReference ?? '',
    procedure: refusal.procedure ?? '',
    serviceArea: refusal.serviceArea ?? '',
    reason: refusal.reason,
    reasonOther: refusal.reasonOther ?? '',
    signposted: refusal.signposted,
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The refusal the form describes (with `id`, new or the one edited), or what is wrong by
 * field: both dates, in order; a reason, and the words of an "other" one (kept only with it);
 * linked to a case we hold or counted in a procedure.
 */
export function refusalFromForm(
  form: RefusalForm,
  id: string,
  knownCases: ReadonlySet<string>,
): FormOutcome<Refusal, RefusalForm> {
  const problems: FormProblems<RefusalForm> = { ...linkProblems(form, knownCases) };
  if (form.received === '') problems.received = 'Enter the date the complaint was received';
  if (form.refused === '') problems.refused = 'Enter the date it was refused';
  else if (form.received !== '' && form.refused < form.received)
    problems.refused = 'It cannot be refused before the date it was received';
  if (form.reason === '') problems.reason = 'Choose why it was not accepted';
  const other = form.reason === 'other' ? optional(form.reasonOther) : undefined;
  if (form.reason === 'other' && other === undefined)
    problems.reasonOther = 'Say what the other reason was';
  const parsed = refusalSchema.safeParse({
    schemaVersion: 1,
    id,
    received: form.received,
    refused: form.refused,
    caseReference: optional(form.caseReference),
    procedure: form.procedure === '' ? undefined : form.procedure,
    serviceArea: optional(form.serviceArea),
    reason: form.reason === '' ? undefined : form.reason,
    reasonOther: other,
    signposted: form.signposted,
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof RefusalForm;
      problems[field] ??= `Check this: ${issue.message}`;
    }
  if (Object.keys(problems).length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, value: withoutUndefined(parsed.data) };
}

/**
 * The next refusal id for the year of the date refused:
 * `nextRefusalId(['REF-2025-0003'], '2025-06-01')` → `'REF-2025-0004'`.
 */
export const nextRefusalId = (ids: readonly string[], refused: string): string =>
  nextYearlyId('REF', ids, refused || '0000');
