import {
  costSchema,
  ombudsmanCaseSchema,
  type Cost,
  type CostType,
  type OmbudsmanCase,
  type OmbudsmanDecision,
  type Procedure,
  type RemedyType,
} from '../../../domain/records';
import type { IsoDate } from '../../../domain/primitives/brand';

/**
 * The forms of the records only complaints managers keep (issue 16): an Ombudsman case and a
 * cost, each linked to a case or not. Plain functions from what was typed to a record the
 * store accepts, or the problems by field in words for the form.
 */

/** Field → what is wrong with it, fit to show under the field. */
export type FormProblems<F> = Partial<Record<keyof F, string>>;

/** A record the store accepts, or the form's problems (nothing to save). */
export type FormOutcome<T, F> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: FormProblems<F> };

/** An Ombudsman case as its form holds it: text as typed, `''` for empty. */
export interface OmbudsmanForm {
  readonly reference: string;
  readonly caseReference: string;
  readonly procedure: Procedure | '';
  readonly serviceArea: string;
  readonly received: string;
  readonly decided: string;
  readonly decision: OmbudsmanDecision | '';
  readonly injustice: boolean;
  readonly publicReport: boolean;
  readonly remedyTypes: readonly RemedyType[];
  readonly remedyAmount: string;
  readonly complianceDue: string;
  readonly complied: string;
  readonly codeNonCompliance: string;
}

/** A cost as its form holds it. */
export interface CostForm {
  readonly date: string;
  readonly type: CostType | '';
  readonly amount: string;
  readonly caseReference: string;
  readonly procedure: Procedure | '';
  readonly serviceArea: string;
  readonly note: string;
}

export const emptyOmbudsmanForm: OmbudsmanForm = {
  reference: '',
  caseReference: '',
  procedure: '',
  serviceArea: '',
  received: '',
  decided: '',
  decision: '',
  injustice: false,
  publicReport: false,
  remedyTypes: [],
  remedyAmount: '',
  complianceDue: '',
  complied: '',
  codeNonCompliance: '',
};

export const emptyCostForm: CostForm = {
  date: '',
  type: '',
  amount: '',
  caseReference: '',
  procedure: '',
  serviceArea: '',
  note: '',
};

export function ombudsmanFormOf(record: OmbudsmanCase): OmbudsmanForm {
  return {
    reference: record.reference,
    caseReference: record.caseReference ?? '',
    procedure: record.procedure ?? '',
    serviceArea: record.serviceArea ?? '',
    received: record.received,
    decided: record.decided ?? '',
    decision: record.decision ?? '',
    injustice: record.injustice ?? false,
    publicReport: record.publicReport ?? false,
    remedyTypes: record.remedyTypes,
    remedyAmount: record.remedyAmount > 0 ? String(record.remedyAmount) : '',
    complianceDue: record.complianceDue ?? '',
    complied: record.complied ?? '',
    codeNonCompliance: record.codeNonCompliance ?? '',
  };
}

export function costFormOf(cost: Cost): CostForm {
  return {
    date: cost.date,
    type: cost.type,
    amount: String(cost.amount),
    caseReference: cost.caseReference ?? '',
    procedure: cost.procedure ?? '',
    serviceArea: cost.serviceArea ?? '',
    note: cost.note ?? '',
  };
}

/**
 * Pounds as typed, with or without the pound sign, thousands commas and pence:
 * `readPounds('£1,250.50')` → 1250.5; `readPounds('')` → 0; `readPounds('12.345')` → undefined.
 */
export function readPounds(text: string): number | undefined {
  const plain = text
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (plain === '') return 0;
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(plain)) return undefined;
  return Number(plain);
}

const AMOUNT_PROBLEM = 'Enter an amount in pounds, like 250 or 1,250.50';
const DATE_ORDER = 'cannot be before';

/** The values every record's form shares: the link to a case, or the procedure it counts in. */
export function linkProblems(
  form: Pick<OmbudsmanForm, 'caseReference' | 'procedure'>,
  knownCases: ReadonlySet<string>,
): FormProblems<Pick<OmbudsmanForm, 'caseReference' | 'procedure'>> {
  const reference = form.caseReference.trim();
  if (reference !== '' && !knownCases.has(reference))
    return {
      caseReference: `No case has the reference ${reference}: check it, or leave it blank and choose the procedure`,
    };
  if (reference === '' && form.procedure === '')
    return { procedure: 'Choose the procedure it counts in, or link it to a case' };
  return {};
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The Ombudsman case the form describes, or what is wrong by field. The record's own schema
 * decides what it can hold; the form adds what a manager means: linked to a case we hold or
 * counted in a procedure, a decision with its date, a payment amount only with a payment
 * remedy (and a payment remedy with its amount), dates in their order.
 */
export function ombudsmanFromForm(
  form: OmbudsmanForm,
  knownCases: ReadonlySet<string>,
): FormOutcome<OmbudsmanCase, OmbudsmanForm> {
  const problems: FormProblems<OmbudsmanForm> = { ...linkProblems(form, knownCases) };
  if (form.reference.trim() === '') problems.reference = "Enter the Ombudsman's reference";
  if (form.received === '') problems.received = 'Enter the date the Ombudsman received it';
  const amount = readPounds(form.remedyAmount);
  if (amount === undefined) problems.remedyAmount = AMOUNT_PROBLEM;
  const paying = form.remedyTypes.includes('payment');
  if (paying && amount === 0) problems.remedyAmount = 'Enter the payment the Ombudsman asked for';
  if (!paying && amount !== undefined && amount > 0)
    problems.remedyAmount = 'A payment needs the Payment remedy ticked, or clear the amount';
  if (form.decision !== '' && form.decided === '')
    problems.decided = 'Enter the date of the decision';
  if (form.decided !== '' && form.decision === '')
    problems.decision = 'Choose the decision made on that date';
  if (form.decided !== '' && form.received !== '' && form.decided < form.received)
    problems.decided = `The decision ${DATE_ORDER} the date received`;
  if (form.complied !== '' && form.decided !== '' && form.complied < form.decided)
    problems.complied = `Compliance ${DATE_ORDER} the decision`;
  if ((form.remedyTypes.length > 0 || form.complianceDue !== '') && form.decision !== 'upheld')
    problems.remedyTypes = 'Remedies and a compliance date follow an upheld decision';
  const parsed = ombudsmanCaseSchema.safeParse({
    schemaVersion: 1,
    reference: form.reference,
    caseReference: optional(form.caseReference),
    procedure: form.procedure === '' ? undefined : form.procedure,
    serviceArea: optional(form.serviceArea),
    received: form.received,
    decided: optional(form.decided),
    decision: form.decision === '' ? undefined : form.decision,
    injustice: form.decision === 'upheld' ? form.injustice : undefined,
    publicReport: form.decision !== '' && form.publicReport ? true : undefined,
    remedyAmount: amount ?? 0,
    remedyTypes: [...form.remedyTypes],
    complianceDue: optional(form.complianceDue),
    complied: optional(form.complied),
    codeNonCompliance: optional(form.codeNonCompliance),
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof OmbudsmanForm;
      problems[field] ??= `Check this: ${issue.message}`;
    }
  if (Object.keys(problems).length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, value: withoutUndefined(parsed.data) };
}

/** The cost the form describes (with `id`, new or the one edited), or what is wrong by field. */
export function costFromForm(
  form: CostForm,
  id: string,
  knownCases: ReadonlySet<string>,
): FormOutcome<Cost, CostForm> {
  const problems: FormProblems<CostForm> = { ...linkProblems(form, knownCases) };
  if (form.date === '') problems.date = 'Enter the date of the cost';
  if (form.type === '') problems.type = 'Choose what the money was spent on';
  const amount = readPounds(form.amount);
  if (amount === undefined) problems.amount = AMOUNT_PROBLEM;
  else if (amount === 0) problems.amount = 'Enter the amount spent';
  const parsed = costSchema.safeParse({
    schemaVersion: 1,
    id,
    date: form.date,
    type: form.type === '' ? undefined : form.type,
    amount: amount ?? 0,
    caseReference: optional(form.caseReference),
    procedure: form.procedure === '' ? undefined : form.procedure,
    serviceArea: optional(form.serviceArea),
    note: optional(form.note),
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof CostForm;
      problems[field] ??= `Check this: ${issue.message}`;
    }
  if (Object.keys(problems).length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, value: withoutUndefined(parsed.data) };
}

/**
 * The next cost id for the year of `date`: `nextCostId(['COST-2025-0007'], '2025-06-01')` →
 * `'COST-2025-0008'` (the demo and imports use the same shape).
 */
export const nextCostId = (ids: readonly string[], date: IsoDate | string): string =>
  nextYearlyId('COST', ids, date);

/**
 * The next id of a record numbered within its year, `PREFIX-YYYY-NNNN`, for the year of `date`:
 * `nextYearlyId('REF', ['REF-2025-0003'], '2025-06-01')` → `'REF-2025-0004'`.
 */
export function nextYearlyId(kind: string, ids: readonly string[], date: IsoDate | string): string {
  const prefix = `${kind}-${date.slice(0, 4)}-`;
  const highest = ids
    .filter((id) => id.startsWith(prefix))
    .map((id) => Number(id.slice(prefix.length)))
    .filter(Number.isFinite)
    .reduce((max, n) => Math.max(max, n), 0);
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

/** The record without keys left undefined, as the store reads it back. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
