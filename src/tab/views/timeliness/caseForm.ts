import type { CaseFile } from '../../../data/store';
import type {
  PartFinding,
  ReceivedVia,
  Advocacy,
  YoungPersonAgeBand,
  Cause,
  Complainant,
  FeedbackCase,
  FeedbackType,
  LearningCategory,
  Outcome,
  Procedure,
  Stage,
  StageNumber,
} from '../../../domain/records';
import type { IsoDate } from '../../../domain/primitives/brand';
import { caseEditProblems, type CaseEdit, type CaseEditProblems } from '../../../services/caseEdit';

/** One stage as the case panel's form holds it: text as typed, `''` for empty. */
export interface StageForm {
  readonly number: StageNumber;
  readonly requested: string;
  readonly started: string;
  readonly acknowledged: string;
  readonly responded: string;
  readonly agreedResponse: string;
  readonly complex: boolean;
  readonly panelMet: string;
  readonly panelReport: string;
  readonly outcome: Outcome | '';
  readonly extensionAgreedOn: string;
  readonly extensionReason: string;
  readonly elementsInvestigated: string;
  readonly elementsUpheld: string;
  readonly elementsPartlyUpheld: string;
}

/** One part of a complaint in several parts, as typed. */
export interface PartForm {
  readonly serviceArea: string;
  readonly finding: PartFinding | '';
}

/** The case panel's form: every field of the case and its stages, as typed. */
export interface CaseForm {
  readonly type: FeedbackType;
  readonly procedure: Procedure | '';
  readonly status: FeedbackCase['status'];
  readonly currentStage: string;
  readonly received: string;
  readonly receivedVia: ReceivedVia | '';
  readonly summary: string;
  readonly complainant: Complainant;
  readonly serviceArea: string;
  readonly causes: readonly Cause[];
  readonly owner: string;
  readonly earlyResolution: boolean;
  readonly outcome: Outcome | '';
  readonly closed: string;
  readonly acknowledged: string;
  readonly responded: string;
  readonly learning: readonly LearningCategory[];
  readonly jointWithNhs: boolean;
  readonly timeLimitWaived: boolean;
  readonly escalatedForDelay: boolean;
  readonly earlyOmbudsmanReferral: boolean;
  readonly lookedAfterChild: boolean;
  readonly youngPersonAge: YoungPersonAgeBand | '';
  readonly advocacy: Advocacy | '';
  readonly adjustments: string;
  readonly adjustmentsReviewOn: string;
  readonly legalHold: boolean;
  readonly postcodeDistrict: string;
  readonly ward: string;
  /** Empty for a complaint in one part. */
  readonly parts: readonly PartForm[];
  readonly safeguardingFlagged: boolean;
  readonly safeguardingReferredOn: string;
  readonly safeguardingReferredBy: string;
  readonly safeguardingNote: string;
  readonly praised: string;
  readonly forwardTo: string;
  readonly forwardedOn: string;
  readonly quote: string;
  readonly quotable: boolean;
  readonly mpName: string;
  readonly mpConstituency: string;
  readonly mpConstituent: string;
  readonly stages: readonly StageForm[];
  /** Why the type, procedure or stage changed (kept with the change). */
  readonly why: string;
}

const s = (value: string | number | undefined) => (value === undefined ? '' : String(value));

export function stageFormOf(stage: Stage): StageForm {
  return {
    number: stage.number,
    requested: stage.requested,
    started: s(stage.started),
    acknowledged: s(stage.acknowledged),
    responded: s(stage.responded),
    agreedResponse: s(stage.agreedResponse),
    complex: stage.complex,
    panelMet: s(stage.panelMet),
    panelReport: s(stage.panelReport),
    outcome: stage.outcome ?? '',
    extensionAgreedOn: s(stage.extension?.agreedOn),
    extensionReason: s(stage.extension?.reason),
    elementsInvestigated: s(stage.elements?.investigated),
    elementsUpheld: s(stage.elements?.upheld),
    elementsPartlyUpheld: s(stage.elements?.partlyUpheld),
  };
}

/** The form for a case as saved. */
export function caseFormOf(file: CaseFile): CaseForm {
  const c = file.case.value;
  return {
    type: c.type,
    procedure: c.procedure ?? '',
    status: c.status,
    currentStage: String(c.currentStage),
    received: c.received,
    receivedVia: c.receivedVia ?? '',
    summary: c.summary,
    complainant: c.complainant,
    serviceArea: s(c.serviceArea),
    causes: c.causes,
    owner: s(c.owner?.name),
    earlyResolution: c.earlyResolution,
    outcome: c.outcome ?? '',
    closed: s(c.closed),
    acknowledged: s(c.acknowledged),
    responded: s(c.responded),
    learning: c.learning,
    jointWithNhs: c.jointWithNhs,
    timeLimitWaived: c.timeLimitWaived,
    escalatedForDelay: c.escalatedForDelay ?? false,
    earlyOmbudsmanReferral: c.earlyOmbudsmanReferral ?? false,
    lookedAfterChild: c.lookedAfterChild ?? false,
    youngPersonAge: c.youngPersonAge ?? '',
    advocacy: c.advocacy ?? '',
    adjustments: s(c.adjustments),
    adjustmentsReviewOn: s(c.adjustmentsReviewOn),
    legalHold: c.legalHold ?? false,
    postcodeDistrict: s(c.postcodeDistrict),
    ward: s(c.ward),
    parts: (c.parts ?? []).map((part) => ({
      serviceArea: part.serviceArea,
      finding: part.finding ?? '',
    })),
    safeguardingFlagged: c.safeguarding?.flagged ?? false,
    safeguardingReferredOn: s(c.safeguarding?.referredOn),
    safeguardingReferredBy: s(c.safeguarding?.referredBy),
    safeguardingNote: s(c.safeguarding?.note),
    praised: s(c.compliment?.praised),
    forwardTo: s(c.compliment?.forwardTo),
    forwardedOn: s(c.compliment?.forwardedOn),
    quote: s(c.compliment?.quote),
    quotable: c.compliment?.quotable ?? false,
    mpName: s(c.mp?.name),
    mpConstituency: s(c.mp?.constituency),
    mpConstituent: s(c.mp?.constituent),
    stages: [...file.stages]
      .sort((a, b) => a.value.number - b.value.number)
      .map((st) => stageFormOf(st.value)),
    why: '',
  };
}

/** A typed text, trimmed; absent when blank. */
const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
const day = (value: string) => text(value) as IsoDate | undefined;
/** A whole number as typed: absent when blank, NaN when not a number (the schema says so). */
const count = (value: string) => (text(value) === undefined ? undefined : Number(value.trim()));

/** A yes/no the case may not have had: left absent while it stays no. */
const kept = (value: boolean, saved: boolean | undefined) =>
  value || saved !== undefined ? value : undefined;

/** Leaves out the keys whose value is undefined (records are read with exact optional types). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function stageOf(form: StageForm, saved: Stage): Stage {
  const investigated = count(form.elementsInvestigated);
  const upheld = count(form.elementsUpheld);
  const partlyUpheld = count(form.elementsPartlyUpheld);
  const anyElements = [investigated, upheld, partlyUpheld].some((n) => n !== undefined);
  return defined({
    ...saved,
    requested: (text(form.requested) ?? '') as IsoDate,
    started: day(form.started),
    acknowledged: day(form.acknowledged),
    responded: day(form.responded),
    agreedResponse: day(form.agreedResponse),
    complex: form.complex,
    panelMet: day(form.panelMet),
    panelReport: day(form.panelReport),
    outcome: form.outcome || undefined,
    extension:
      text(form.extensionAgreedOn) || text(form.extensionReason)
        ? {
            agreedOn: (text(form.extensionAgreedOn) ?? '') as IsoDate,
            reason: form.extensionReason.trim(),
          }
        : undefined,
    elements: anyElements
      ? {
          investigated: investigated ?? 0,
          upheld: upheld ?? 0,
          partlyUpheld: partlyUpheld ?? 0,
        }
      : undefined,
  });
}

/** The edit a form asks for, over the case as it was opened. */
export function editOf(form: CaseForm, file: CaseFile): CaseEdit {
  const c = file.case.value;
  const ownerName = text(form.owner);
  const flagged = form.safeguardingFlagged;
  const safeguarding =
    flagged || c.safeguarding
      ? defined({
          flagged,
          reasons: c.safeguarding?.reasons ?? [],
          referredOn: day(form.safeguardingReferredOn),
          referredBy: text(form.safeguardingReferredBy),
          note: text(form.safeguardingNote),
        })
      : undefined;
  const edited: FeedbackCase = defined({
    ...c,
    type: form.type,
    procedure: form.procedure || null,
    status: form.status,
    currentStage: Number(form.currentStage) as StageNumber,
    received: (text(form.received) ?? '') as IsoDate,
    receivedVia: form.receivedVia || undefined,
    summary: form.summary.trim(),
    complainant: form.complainant,
    serviceArea: text(form.serviceArea),
    causes: [...form.causes],
    // The sign-in name stays while the name is the one it belongs to.
    owner: ownerName ? (ownerName === c.owner?.name ? c.owner : { name: ownerName }) : undefined,
    earlyResolution: form.earlyResolution,
    outcome: form.outcome || undefined,
    closed: day(form.closed),
    acknowledged: day(form.acknowledged),
    responded: day(form.responded),
    learning: [...form.learning],
    jointWithNhs: form.jointWithNhs,
    timeLimitWaived: form.timeLimitWaived,
    escalatedForDelay:
      form.escalatedForDelay || c.escalatedForDelay !== undefined
        ? form.escalatedForDelay
        : undefined,
    earlyOmbudsmanReferral:
      form.earlyOmbudsmanReferral || c.earlyOmbudsmanReferral !== undefined
        ? form.earlyOmbudsmanReferral
        : undefined,
    lookedAfterChild: kept(form.lookedAfterChild, c.lookedAfterChild),
    youngPersonAge: form.youngPersonAge || undefined,
    advocacy: form.advocacy || undefined,
    adjustments: text(form.adjustments),
    adjustmentsReviewOn: day(form.adjustmentsReviewOn),
    legalHold: kept(form.legalHold, c.legalHold),
    postcodeDistrict: text(form.postcodeDistrict)?.toUpperCase(),
    ward: text(form.ward),
    parts:
      form.parts.length > 0
        ? form.parts.map((part) =>
            defined({ serviceArea: part.serviceArea.trim(), finding: part.finding || undefined }),
          )
        : undefined,
    safeguarding,
    compliment:
      text(form.praised) || c.compliment
        ? defined({
            praised: form.praised.trim(),
            forwardTo: text(form.forwardTo),
            forwardedOn: day(form.forwardedOn),
            quote: text(form.quote),
            quotable: form.quotable,
          })
        : undefined,
    mp:
      text(form.mpName) || c.mp
        ? defined({
            name: form.mpName.trim(),
            constituency: text(form.mpConstituency),
            constituent: text(form.mpConstituent),
          })
        : undefined,
  });
  const stages = form.stages.map((sf) => {
    const saved = file.stages.find((st) => st.value.number === sf.number)!.value;
    return stageOf(sf, saved);
  });
  return { case: edited, stages, why: form.why };
}

/** The edit, or what is wrong with it keyed as the form's fields are (`stages.2.responded`). */
export function checkCaseForm(
  form: CaseForm,
  file: CaseFile,
): { readonly edit: CaseEdit; readonly problems: CaseEditProblems } {
  const edit = editOf(form, file);
  const problems: Record<string, string> = {};
  // The schemas' words for a value typed badly are about its format: say it plainly.
  for (const [key, message] of Object.entries(caseEditProblems(file, edit)))
    problems[key] = message.startsWith('must be a date')
      ? 'Give the date.'
      : /expected number|expected int/i.test(message)
        ? 'Give a whole number.'
        : message;
  return { edit, problems };
}

/** The first problem at `key` or inside it (`stages.2.elements` covers `stages.2.elements.upheld`). */
export function problemAt(problems: CaseEditProblems, key: string): string | undefined {
  if (problems[key]) return problems[key];
  const inside = Object.keys(problems).find((k) => k.startsWith(`${key}.`));
  return inside ? problems[inside] : undefined;
}

/**
 * The form moved onto a newer save of the case (a colleague's, after a conflict and a reload):
 * what the officer changed stays as typed, what they did not change takes the new value;
 * stages field by field.
 *   rebaseCaseForm({ …f, serviceArea: 'Mine' }, f, { …f, summary: 'Theirs' })
 *     → { …f, serviceArea: 'Mine', summary: 'Theirs' }
 */
export function rebaseCaseForm(form: CaseForm, base: CaseForm, next: CaseForm): CaseForm {
  const rebased = rebaseFields(form, base, next);
  const stages = next.stages.map((nextStage) => {
    const mine = form.stages.find((st) => st.number === nextStage.number);
    const was = base.stages.find((st) => st.number === nextStage.number);
    return mine && was ? rebaseFields(mine, was, nextStage) : nextStage;
  });
  return { ...rebased, stages };
}

function rebaseFields<T extends object>(form: T, base: T, next: T): T {
  const out = { ...next };
  for (const key of Object.keys(form) as (keyof T)[])
    if (JSON.stringify(form[key]) !== JSON.stringify(base[key])) out[key] = form[key];
  return out;
}
