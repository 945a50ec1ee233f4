import { z } from 'zod';

/**
 * The codes of docs/contracts.md, Import files. They are stored in SharePoint choice columns, written in
 * CSV imports and used as keys in report JSON, so they never change once released.
 */
export const feedbackTypes = ['complaint', 'compliment', 'mp_enquiry', 'comment'] as const;
export const feedbackTypeSchema = z.enum(feedbackTypes);
export type FeedbackType = z.infer<typeof feedbackTypeSchema>;

export const procedures = ['children_statutory', 'adults_statutory', 'corporate'] as const;
export const procedureSchema = z.enum(procedures);
export type Procedure = z.infer<typeof procedureSchema>;

/** Stage 0 is early resolution, before a formal stage. */
export const stageNumbers = [0, 1, 2, 3] as const;
export const stageNumberSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export type StageNumber = z.infer<typeof stageNumberSchema>;

export const complainants = [
  'child',
  'advocate',
  'parent',
  'relative',
  'carer',
  'professional',
  'mp',
  'other',
  'not_recorded',
] as const;
export const complainantSchema = z.enum(complainants);
export type Complainant = z.infer<typeof complainantSchema>;

/**
 * How the feedback reached the council. A case saved from the Outlook pane arrived by email;
 * `mp_or_councillor` is feedback passed on by an elected member for a constituent.
 */
export const receivedVias = [
  'email',
  'web_form',
  'phone',
  'letter',
  'in_person',
  'mp_or_councillor',
] as const;
export const receivedViaSchema = z.enum(receivedVias);
export type ReceivedVia = z.infer<typeof receivedViaSchema>;

export const causes = [
  'professional_decision_making',
  'service_failure',
  'staff_conduct',
  'communication',
  'delay',
  'inaccurate_records',
  'contact_arrangements',
  'financial',
  'contractor',
  'other',
] as const;
export const causeSchema = z.enum(causes);
export type Cause = z.infer<typeof causeSchema>;

export const outcomes = [
  'upheld',
  'partly_upheld',
  'not_upheld',
  'no_finding',
  'withdrawn',
  'resolved_early',
  'signposted',
  'not_investigated',
] as const;
export const outcomeSchema = z.enum(outcomes);
export type Outcome = z.infer<typeof outcomeSchema>;

/**
 * Why an open case was closed without a response. A duplicate is a second record of feedback
 * already recorded, and a case saved in error was never feedback (an auto-reply, an FOI
 * request saved by mistake), so the figures leave both out (`countsInFigures`); the others
 * still count as received.
 */
export const withdrawalReasons = [
  'complainant_withdrew',
  'resolved_informally',
  'duplicate',
  'saved_in_error',
] as const;
export const withdrawalReasonSchema = z.enum(withdrawalReasons);
export type WithdrawalReason = z.infer<typeof withdrawalReasonSchema>;

/**
 * The outcome each reason records on the stage and the case. A matter put right without an
 * investigation is resolved early (docs/domain.md, "Outcomes and categories"); a complaint the
 * complainant took back, or a second case for a matter already recorded, is withdrawn.
 */
export const withdrawalOutcome: Record<WithdrawalReason, Outcome> = {
  complainant_withdrew: 'withdrawn',
  resolved_informally: 'resolved_early',
  duplicate: 'withdrawn',
  saved_in_error: 'withdrawn',
};

/**
 * A child or young person's age band when they complain themselves (or are who the complaint
 * is about, when an advocate brings it): councils report under-18s and care leavers to 25.
 */
export const youngPersonAgeBands = ['under_12', '12_to_15', '16_to_17', '18_to_25'] as const;
export const youngPersonAgeBandSchema = z.enum(youngPersonAgeBands);
export type YoungPersonAgeBand = z.infer<typeof youngPersonAgeBandSchema>;

/** Whether an advocate was offered to a child or young person, and taken up. */
export const advocacyStates = ['not_offered', 'offered_declined', 'offered_taken_up'] as const;
export const advocacySchema = z.enum(advocacyStates);
export type Advocacy = z.infer<typeof advocacySchema>;

export const learningCategories = [
  'misunderstanding',
  'eligibility',
  'process_not_followed',
  'procedure_change',
  'policy_change',
] as const;
export const learningCategorySchema = z.enum(learningCategories);
export type LearningCategory = z.infer<typeof learningCategorySchema>;

export const pauseReasons = [
  'adr',
  'advocate_appointment',
  'safeguarding_enquiry',
  'complainant_request',
  'legal_proceedings',
  'imported',
  'other',
] as const;
export const pauseReasonSchema = z.enum(pauseReasons);
export type PauseReason = z.infer<typeof pauseReasonSchema>;

export const ombudsmanDecisions = [
  'premature',
  'other_ombudsman',
  'closed_after_initial_enquiries',
  'upheld',
  'not_upheld',
] as const;
export const ombudsmanDecisionSchema = z.enum(ombudsmanDecisions);
export type OmbudsmanDecision = z.infer<typeof ombudsmanDecisionSchema>;

export const remedyTypes = [
  'apology',
  'put_right',
  'payment',
  'service_improvement',
  'review_others',
] as const;
export const remedyTypeSchema = z.enum(remedyTypes);
export type RemedyType = z.infer<typeof remedyTypeSchema>;

export const costTypes = [
  'investigating_officer',
  'independent_person',
  'review_panel',
  'mediation',
  'redress',
  'other',
] as const;
export const costTypeSchema = z.enum(costTypes);
export type CostType = z.infer<typeof costTypeSchema>;

export const actionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const actionKinds = [
  'training',
  'procedure',
  'policy',
  'individual_remedy',
  'other',
] as const;
export const actionKindSchema = z.enum(actionKinds);
export type ActionKind = z.infer<typeof actionKindSchema>;

export const demandMeasures = [
  'referrals',
  'single_assessments',
  'children_in_care',
  'child_protection_plans',
  'adult_active_cases',
  /** Children's social care cases open during the year (a denominator some councils use). */
  'children_active_cases',
  /** Children supported by social care teams during the year. */
  'children_supported',
] as const;
export const demandMeasureSchema = z.enum(demandMeasures);
export type DemandMeasure = z.infer<typeof demandMeasureSchema>;

export const nations = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export const nationSchema = z.enum(nations);
export type Nation = z.infer<typeof nationSchema>;
