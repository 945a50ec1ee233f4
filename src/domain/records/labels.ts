import type {
  ActionKind,
  Advocacy,
  YoungPersonAgeBand,
  ActionStatus,
  Cause,
  Complainant,
  CostType,
  FeedbackType,
  LearningCategory,
  OmbudsmanDecision,
  Outcome,
  PauseReason,
  Procedure,
  ReceivedVia,
  RemedyType,
} from './codes';
import type { PlanState } from './actionPlan';
import type { PartFinding } from './case';

/** Plain-English names of the codes, for screens and reports. */
export const feedbackTypeLabels: Record<FeedbackType, string> = {
  complaint: 'Complaint',
  compliment: 'Compliment',
  mp_enquiry: 'MP enquiry',
  comment: 'Comment / query',
};

export const procedureLabels: Record<Procedure, string> = {
  children_statutory: "Children's social care (statutory)",
  adults_statutory: 'Adult social care (statutory)',
  corporate: 'Corporate',
};

export const complainantLabels: Record<Complainant, string> = {
  child: 'Child or young person',
  advocate: 'Advocate for a child',
  parent: 'Parent',
  relative: 'Relative',
  carer: 'Foster carer / special guardian',
  professional: 'Professional',
  mp: 'MP on behalf of a constituent',
  other: 'Other',
  not_recorded: 'Not recorded',
};

export const receivedViaLabels: Record<ReceivedVia, string> = {
  email: 'Email',
  web_form: 'Web form',
  phone: 'Phone',
  letter: 'Letter',
  in_person: 'In person',
  mp_or_councillor: 'Via MP or councillor',
};

export const causeLabels: Record<Cause, string> = {
  professional_decision_making: 'Professional decision-making',
  service_failure: 'Service failure',
  staff_conduct: 'Staff conduct / customer care',
  communication: 'Communication',
  delay: 'Delay',
  inaccurate_records: 'Inaccurate records or assessments',
  contact_arrangements: 'Contact arrangements',
  financial: 'Financial',
  contractor: 'Contractor-related',
  other: 'Other',
};

export const outcomeLabels: Record<Outcome, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  no_finding: 'No finding',
  withdrawn: 'Withdrawn',
  resolved_early: 'Resolved early',
  signposted: 'Signposted',
  not_investigated: 'Not investigated',
};

export const youngPersonAgeBandLabels: Record<YoungPersonAgeBand, string> = {
  under_12: 'Under 12',
  '12_to_15': '12 to 15',
  '16_to_17': '16 or 17',
  '18_to_25': '18 to 25 (care leaver)',
};

export const advocacyLabels: Record<Advocacy, string> = {
  not_offered: 'Not offered',
  offered_declined: 'Offered, not taken up',
  offered_taken_up: 'Offered and taken up',
};

export const learningLabels: Record<LearningCategory, string> = {
  misunderstanding: 'Misunderstanding',
  eligibility: 'Lack of eligibility',
  process_not_followed: 'Process not followed',
  procedure_change: 'Procedure change needed',
  policy_change: 'Policy change needed',
};

export const pauseReasonLabels: Record<PauseReason, string> = {
  adr: 'Alternative dispute resolution',
  advocate_appointment: 'Waiting for an advocate',
  safeguarding_enquiry: 'Safeguarding enquiry',
  complainant_request: "At the complainant's request",
  legal_proceedings: 'Legal proceedings',
  imported: 'Imported history',
  other: 'Other',
};

export const ombudsmanDecisionLabels: Record<OmbudsmanDecision, string> = {
  premature: 'Not for us: premature / referred back',
  other_ombudsman: 'Not for us: another ombudsman',
  closed_after_initial_enquiries: 'Assessed and closed',
  upheld: 'Investigated: upheld',
  not_upheld: 'Investigated: not upheld',
};

export const remedyTypeLabels: Record<RemedyType, string> = {
  apology: 'Apology',
  put_right: 'Putting things right',
  payment: 'Payment',
  service_improvement: 'Service improvement',
  review_others: 'Review of others affected',
};

export const costTypeLabels: Record<CostType, string> = {
  investigating_officer: 'Investigating Officer',
  independent_person: 'Independent Person',
  review_panel: 'Review panel',
  mediation: 'Mediation',
  redress: 'Financial redress',
  other: 'Other',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const partFindingLabels: Record<PartFinding, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  no_finding: 'No finding',
};

export const actionKindLabels: Record<ActionKind, string> = {
  training: 'Training',
  procedure: 'Procedure',
  policy: 'Policy',
  individual_remedy: 'Individual remedy',
  other: 'Other',
};

export const planStateLabels: Record<PlanState, string> = {
  draft: 'Draft',
  submitted: 'Awaiting sign-off',
  returned: 'Returned for changes',
  signed_off: 'Signed off — in progress',
  completed: 'Completed — awaiting sign-off',
  closed: 'Signed off as complete',
};
