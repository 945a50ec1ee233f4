import type {
  ActionKind,
  Advocacy,
  ReceivedVia,
  YoungPersonAgeBand,
  Cause,
  Complainant,
  ComplainantAgeBand,
  CostType,
  DisabilityAnswer,
  Ethnicity,
  DemandMeasure,
  LearningCategory,
  OmbudsmanDecision,
  OmbudsmanYear,
  Outcome,
  PartFinding,
  Procedure,
  RefusalReason,
  RemedyType,
  SexAnswer,
} from '../records';
import type { Period, YearLabel } from './financialYear';

/** The annual report JSON of docs/contracts.md, Annual report JSON. Percentages have one decimal; null when nothing to divide by. */
export type ReportProcedure = Procedure | 'all';
export const reportProcedures = [
  'children_statutory',
  'adults_statutory',
  'corporate',
  'all',
] as const satisfies readonly ReportProcedure[];

export type Counts<K extends string> = Record<K, number>;

/** Received basis: cases (and stage requests) received in the year. */
export interface ReceivedFigures {
  readonly complaints: number;
  readonly earlyResolution: number;
  readonly stage1: number;
  readonly stage2: number;
  readonly stage3: number;
  /**
   * Of the Stage 2 requests, those the complaints manager made because the Stage 1 response
   * was late (the duty to escalate after delay; the case's `escalatedForDelay`).
   */
  readonly stage2AfterDelay: number;
  readonly compliments: number;
  readonly mpEnquiries: number;
  readonly comments: number;
  readonly byProcedure: Counts<Procedure>;
  readonly byComplainant: Counts<Complainant>;
  /** Service-area names as recorded; `Not recorded` when blank. */
  readonly byServiceArea: Record<string, number>;
  /** Stage 2 requests as a percentage of Stage 1 complaints received in the year. */
  readonly stage2PercentOfStage1: number | null;
}

/**
 * Complaints received in the year followed to the year end (received basis): how many were
 * closed by 31 March and with what outcome, and how many were still open then.
 */
export interface ReceivedOutcomes {
  readonly complaints: number;
  readonly closedByYearEnd: number;
  readonly openAtYearEnd: number;
  /** Of those closed by the year end. */
  readonly byOutcome: Counts<Outcome | 'not_recorded'>;
  /** Of those closed by the year end: each cause (a complaint may have several) by outcome. */
  readonly byCauseAndOutcome: Record<Cause, Counts<Outcome | 'not_recorded'>>;
  /** Every complaint received, by service area (`Not recorded` when blank). */
  readonly byServiceArea: Record<string, number>;
}

/** Adults' complaints (2009 regulations): responses given in the year within six months of receipt. */
export interface AdultsTimeliness {
  readonly responded: number;
  readonly withinSixMonths: number;
  readonly overSixMonths: number;
  readonly percentWithinSixMonths: number | null;
  /** Of the responses, those whose response date agreed with the complainant was recorded. */
  readonly withAgreedPeriod: number;
  /** Of those, answered on or before the agreed date. */
  readonly withinAgreedPeriod: number;
  readonly percentWithinAgreedPeriod: number | null;
}

/**
 * Complaints about the services of a statutory procedure, statutory and corporate side by
 * side: corporate complaints count when their service area is one the procedure's own
 * complaints used in the year or the year before.
 */
export interface StatutoryAndCorporate {
  readonly serviceAreas: readonly string[];
  readonly statutory: number;
  readonly corporate: number;
  readonly total: number;
}

/** One year of the five-year trend (received basis; Ombudsman decisions by decision date). */
export interface TrendYear {
  readonly year: YearLabel;
  readonly complaints: number;
  readonly stage1: number;
  readonly stage2: number;
  readonly stage3: number;
  readonly compliments: number;
  readonly mpEnquiries: number;
  readonly jointWithNhs: number;
  readonly ombudsmanDecisions: number;
  readonly ombudsmanUpheld: number;
}

export interface DemandFigures {
  readonly referrals: number | null;
  readonly complaintsPerReferralPercent: number | null;
  /** Every demand measure the manager entered for the year. */
  readonly measures: Record<DemandMeasure, number | null>;
  /** Complaints received as a percentage of each measure. */
  readonly complaintsPercentOf: Record<DemandMeasure, number | null>;
  /** Each measure's change on the year before, in per cent (one decimal); null when either is missing. */
  readonly changePercent: Record<DemandMeasure, number | null>;
}

/** Stage 1 responses in the year, by working days taken from receipt, pauses excluded. */
export interface Stage1Timeliness {
  readonly responded: number;
  /** Cumulative: ≤ 10 working days. */
  readonly within10: number;
  /** Cumulative: ≤ 20 working days. */
  readonly within20: number;
  readonly over20: number;
  readonly percentWithin10: number | null;
  readonly percentWithin20: number | null;
  /** Responses where an extension was agreed. */
  readonly extended: number;
  /** Within 10, or within 20 when an extension was agreed. */
  readonly withinTimescale: number;
  readonly percentWithinTimescale: number | null;
}

/** Stage 2 responses in the year, working days from the Stage 2 clock start, pauses excluded. */
export interface Stage2Timeliness {
  readonly responded: number;
  readonly within25: number;
  /** Cumulative: ≤ 65 working days. */
  readonly within65: number;
  readonly over65: number;
  readonly percentWithin25: number | null;
  readonly percentWithin65: number | null;
}

/**
 * The elements (parts) of the complaints investigated at Stage 2 and what was found on them,
 * over the investigations completed in the year whose count was recorded.
 */
export interface Stage2Elements {
  /** Investigations completed in the year with their elements recorded. */
  readonly investigations: number;
  readonly elements: number;
  readonly upheld: number;
  readonly partlyUpheld: number;
  readonly notUpheld: number;
  /** Each of those investigations, in the order they were answered. */
  readonly completed: readonly {
    readonly responded: string;
    readonly investigated: number;
    readonly upheld: number;
    readonly partlyUpheld: number;
  }[];
}

/** Stage 3 review panels that met in the year (regs 19(4) and 20). */
export interface Stage3Timeliness {
  readonly panels: number;
  /** Panel met within 30 working days of the request. */
  readonly panelWithinTimescale: number;
  /** Panel report within 5 working days of the meeting. */
  readonly reportWithinTimescale: number;
  /** The council responded to the panel's report. */
  readonly responses: number;
  /** Council response within 15 working days of receiving the panel report. */
  readonly responseWithinTimescale: number;
  /** Panels where every step (meeting, report, response) was recorded and within its timescale. */
  readonly allStepsWithinTimescale: number;
}

/** Resolved basis: complaints closed in the year; stages whose response fell in the year. */
export interface ResolvedFigures {
  readonly complaints: number;
  readonly byOutcome: Counts<Outcome | 'not_recorded'>;
  readonly byCause: Counts<Cause>;
  readonly stage1: Stage1Timeliness;
  readonly stage2: Stage2Timeliness;
  readonly stage3: Stage3Timeliness;
  readonly stage2Elements: Stage2Elements;
}

/** A finding of non-compliance with the Code, from one Ombudsman decision. */
export interface CodeFinding {
  /** The Ombudsman's reference. */
  readonly reference: string;
  readonly decided: string;
  readonly finding: string;
}

/** Ombudsman decisions made in the year. */
export interface OmbudsmanFigures {
  readonly enquiriesReceived: number;
  readonly decisions: number;
  readonly byDecision: Counts<OmbudsmanDecision>;
  /** Upheld as a percentage of investigated (upheld + not upheld). */
  readonly upheldPercentOfInvestigated: number | null;
  /**
   * Upheld where the council had not upheld the complaint itself (the linked case's outcome
   * was not upheld or partly upheld), and that as a percentage of all decisions: the
   * "actual uphold rate" councils publish.
   */
  readonly upheldWhereCouncilHadNot: number;
  /** Decisions on complaints referred straight after Stage 2 (the case's `earlyOmbudsmanReferral`). */
  readonly earlyReferrals: number;
  /**
   * Decisions on complaints that had the council's final response: answered at the last local
   * stage of their procedure (`hadFinalResponse`), so every stage had been used.
   */
  readonly afterFinalResponse: number;
  readonly actualUpholdPercent: number | null;
  readonly withInjustice: number;
  /** Decisions the Ombudsman issued as public reports (Local Government Act 1974, s.30). */
  readonly publicReports: number;
  /** Pounds, to the penny. */
  readonly remedyPayments: number;
  readonly byRemedy: Counts<RemedyType>;
  /**
   * Decisions by service area: the one recorded on the Ombudsman case, else its case's;
   * `Not recorded` when neither has one.
   */
  readonly byServiceArea: Record<string, number>;
  /** Remedies whose compliance date fell in the year, and those complied with by then. */
  readonly complianceDue: number;
  readonly compliedOnTime: number;
  /**
   * Decisions in the year in which the Ombudsman found the council had not complied with the
   * Complaint Handling Code, oldest first, with the finding as recorded (Code 8.1).
   */
  readonly codeFindings: readonly CodeFinding[];
  /**
   * The Ombudsman's own figures for the whole council that year, as the complaints manager
   * entered them from its annual letter (absent when none were): its counts, not ours.
   */
  readonly councilFigures?: OmbudsmanYear;
}

export type CostRow = Counts<CostType> & { readonly total: number };

export interface ComplimentFigures {
  readonly received: number;
  /** Words cleared for publication, from compliments received in the year. */
  readonly quotations: readonly { readonly serviceArea: string | null; readonly quote: string }[];
  readonly byServiceArea: Record<string, number>;
  /** By the procedure recorded on the compliment; `none` when none was. */
  readonly byProcedure: Counts<Procedure | 'none'>;
}

/** MP enquiries: received in the year; responses in the year against the service standard. */
export interface MpEnquiryFigures {
  readonly received: number;
  readonly responded: number;
  readonly respondedWithinTimescale: number;
  readonly percentWithinTimescale: number | null;
  readonly byServiceArea: Record<string, number>;
  readonly byProcedure: Counts<Procedure | 'none'>;
}

/** One stage of the Complaint Handling Code's figures (corporate complaints only). */
export interface CodeStageFigures {
  /** Requests received in the year. */
  readonly received: number;
  /** Of those, acknowledged at all, and within 5 working days of receipt (Code 6.2). */
  readonly acknowledged: number;
  readonly acknowledgedWithin5: number;
  readonly percentAcknowledgedWithin5: number | null;
  /** Responses in the year, counted from the acknowledgement (or receipt, when none). */
  readonly responded: number;
  /** ≤ the Code's limit (10 at Stage 1, 20 at Stage 2). */
  readonly withinLimit: number;
  /** ≤ the limit with the longest extension (20 at Stage 1, 40 at Stage 2). */
  readonly withinExtendedLimit: number;
  readonly extended: number;
  /** Within the limit, or within the extended limit when an extension was agreed. */
  readonly withinTimescale: number;
  readonly percentWithinTimescale: number | null;
}

export interface CodeFigures {
  readonly limits: { readonly stage1: readonly [10, 20]; readonly stage2: readonly [20, 40] };
  readonly stage1: CodeStageFigures;
  readonly stage2: CodeStageFigures;
}

export interface YouSaidWeDid {
  readonly caseReference: string;
  readonly serviceArea: string | null;
  /** What the complaint was about, from its causes (never the complainant's words). */
  readonly youSaid: string;
  readonly weDid: string;
  readonly evidence: string;
  readonly completed: string;
  readonly kind: ActionKind;
}

export interface LearningFigures {
  /** Learning analysis of complaints resolved in the year. */
  readonly byCategory: Counts<LearningCategory>;
  readonly actionsCompleted: number;
  readonly actionsCompletedByKind: Counts<ActionKind>;
  /** Actions still open or in progress whose deadline fell on or before the year end. */
  readonly actionsOutstanding: number;
  readonly youSaidWeDid: readonly YouSaidWeDid[];
  /** Actions completed in the year on complaints the Ombudsman decided. */
  readonly fromOmbudsman: readonly YouSaidWeDid[];
  /** Actions still open or in progress (whenever due): next year's monitoring plan. */
  readonly monitoringPlan: readonly MonitoredAction[];
  /** Individual remedies promised for a date in the year, and what became of them. */
  readonly remedies: RemedyFigures;
}

/**
 * Remedies due in the year (the date promised to the complainant falls in it): done by that
 * date, done after it, still to do now, or cancelled. The four add up to `due`.
 */
export interface RemedyFigures {
  readonly due: number;
  readonly doneByDate: number;
  readonly doneLate: number;
  readonly stillToDo: number;
  readonly cancelled: number;
}

export interface MonitoredAction {
  readonly caseReference: string;
  readonly serviceArea: string | null;
  readonly action: string;
  readonly owner: string;
  readonly due: string;
  readonly status: 'open' | 'in_progress';
}

/** Complaints the council refused to accept in the year (by the date refused). */
export interface RefusalFigures {
  readonly total: number;
  /** Of those, refusals that told the person they may go to the Ombudsman. */
  readonly signposted: number;
  readonly byReason: Counts<RefusalReason>;
}

type OrNotRecorded<K extends string> = Counts<K | 'not_recorded'>;

/** Who complained and how: complaints received in the year (profileFigures.ts). */
export interface ProfileFigures {
  readonly complaints: number;
  readonly byReceivedVia: OrNotRecorded<ReceivedVia>;
  /** Complaints from or about a looked-after child or young person. */
  readonly lookedAfterChildren: number;
  readonly byYoungPersonAge: OrNotRecorded<YoungPersonAgeBand>;
  readonly byAdvocacy: OrNotRecorded<Advocacy>;
}

/**
 * Equality monitoring over the complaints received in the year (equalityFigures.ts); each
 * table adds up to `complaints`, with `not_disclosed` ("prefer not to say") and
 * `not_recorded` (not asked or not answered) rows of their own.
 */
export interface EqualityFigures {
  readonly complaints: number;
  /** Complaints whose complainant answered at least one question (prefer not to say included). */
  readonly answered: number;
  readonly byEthnicity: OrNotRecorded<Ethnicity>;
  readonly byDisability: OrNotRecorded<DisabilityAnswer>;
  readonly byAgeBand: OrNotRecorded<ComplainantAgeBand>;
  readonly bySex: OrNotRecorded<SexAnswer>;
}

/** Complaints in several parts (partFigures.ts). */
export interface PartFigures {
  /** Complaints received in the year. */
  readonly complaints: number;
  /** Of them, complaints in two parts or more. */
  readonly inParts: number;
  /** The issues they raised: one for a complaint in one part, one per part otherwise. */
  readonly issues: number;
  /** The parts of the complaints in parts resolved in the year. */
  readonly resolvedParts: number;
  /** What was found on each of those parts (`not_recorded` when nothing was). */
  readonly byFinding: OrNotRecorded<PartFinding>;
}

export interface YearFigures {
  readonly year: YearLabel;
  readonly procedure: ReportProcedure;
  readonly period: Period;
  readonly received: ReceivedFigures;
  readonly profile: ProfileFigures;
  /**
   * Equality monitoring, for those who may read it (complaints managers); null when the
   * report was made without it.
   */
  readonly equality: EqualityFigures | null;
  readonly parts: PartFigures;
  readonly demand: DemandFigures;
  readonly resolved: ResolvedFigures;
  readonly ombudsman: OmbudsmanFigures;
  /** The year and the two before it, oldest first. */
  readonly costs: Record<YearLabel, CostRow>;
  /** Complaints refused in the year, from the refusal register. */
  readonly refusals: RefusalFigures;
  readonly compliments: ComplimentFigures;
  readonly mpEnquiries: MpEnquiryFigures;
  /** The Code's figures, for `corporate` and `all` (corporate complaints only); else null. */
  readonly code: CodeFigures | null;
  readonly learning: LearningFigures;
  /** Received basis, followed to the year end. */
  readonly receivedOutcomes: ReceivedOutcomes;
  /** Adults' complaints handled jointly with the NHS (`adults_statutory` and `all`); else null. */
  readonly jointWithNhs: ReceivedOutcomes | null;
  /** The six-month measure (`adults_statutory` and `all`, adults' complaints only); else null. */
  readonly adults: AdultsTimeliness | null;
  /** Statutory and corporate complaints about the procedure's services (statutory procedures); else null. */
  readonly statutoryAndCorporate: StatutoryAndCorporate | null;
}

export interface AnnualReport extends YearFigures {
  readonly previous: YearFigures;
  /** The year and the four before it, oldest first. */
  readonly trend: readonly TrendYear[];
}
