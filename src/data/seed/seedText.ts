import type { ActionKind, Cause, Procedure } from '../../domain/records';

/** Wording for the fictitious demo data. No real people, places or cases. */

export const serviceAreasByProcedure: Record<Procedure, readonly string[]> = {
  children_statutory: [
    'First response / MASH',
    'Child protection',
    'Children in care',
    'Fostering',
    'Adoption',
    'Leaving care',
    'Disabled children',
    'Assessment',
  ],
  adults_statutory: ['Adult care provision', 'Direct payments', 'Finance'],
  corporate: ['Highways', 'Waste and recycling', 'Council tax', 'Housing', 'Education'],
};

const causeWords: Record<Cause, string> = {
  professional_decision_making: 'a decision made by the social worker',
  service_failure: 'a service that was not delivered as agreed',
  staff_conduct: 'the way a member of staff spoke to them',
  communication: 'not being kept informed',
  delay: 'how long it took to get a response',
  inaccurate_records: 'mistakes in an assessment record',
  contact_arrangements: 'changes to contact arrangements',
  financial: 'a charge they believe is wrong',
  contractor: 'work done by a council contractor',
  other: 'how their concerns were handled',
};

/** `complaintSummary('Fostering', ['delay'])` → `Fostering: unhappy about how long it took to get a response.` */
export function complaintSummary(area: string, causes: readonly Cause[]): string {
  const first = causes[0] ?? 'other';
  const second = causes[1];
  return `${area}: unhappy about ${causeWords[first]}${second ? ` and ${causeWords[second]}` : ''}.`;
}

export const praisedPeople = [
  'The Fostering Support Team',
  'Leaving Care Team (North)',
  'A social worker in the Assessment Team',
  'The Reablement Service',
  'Highways Customer Services',
  'The Direct Payments Advisers',
  'Family Time Centre staff',
  'The Occupational Therapy Team',
  'Waste collection crew (Round 14)',
];

export const complimentQuotes = [
  'You listened to us and things finally changed for our family.',
  'Thank you for treating my mother with such patience and dignity.',
  'The team went above and beyond to help my son settle in.',
  'For the first time I felt someone was on our side.',
  'The pothole was fixed within days of my report — thank you.',
  'Our social worker explained everything clearly and kept every promise.',
  'The carers are kind, punctual and genuinely interested in Dad.',
  'I was dreading the review meeting but it was handled so well.',
  'Quick, friendly and helpful from start to finish.',
];

/** Fictitious MPs and constituencies (no real person or seat). */
export const mps = [
  { name: 'Ruth Ellingham MP', constituency: 'Exampleshire North' },
  { name: 'Marcus Thorne MP', constituency: 'Exampleton and Riverside' },
  { name: 'Anita Bhandari MP', constituency: 'Exampleshire South West' },
];

export const mpTopics = [
  'Housing repairs for a constituent',
  'Delay in a care needs assessment',
  'School transport for a disabled child',
  'Council tax arrears and a payment plan',
  'Respite care for a family carer',
];

export const commentTopics = [
  'Suggestion to extend library opening hours',
  'Question about the new recycling collection days',
  'Feedback on the council website forms',
  'Query about parking permits for carers',
];

export const actionTemplates: readonly { kind: ActionKind; text: string; evidence: string }[] = [
  {
    kind: 'training',
    text: 'Refresher training for the team on keeping families informed during assessments',
    evidence: 'Training delivered to 14 staff; aims: timely updates, recording contact.',
  },
  {
    kind: 'procedure',
    text: 'Update the procedure for confirming contact arrangements in writing',
    evidence: 'Procedure revised and published on the staff intranet.',
  },
  {
    kind: 'policy',
    text: 'Review the charging policy letter so charges are explained before services start',
    evidence: 'New letter template approved by the policy board.',
  },
  {
    kind: 'individual_remedy',
    text: 'Apologise in writing and arrange a meeting with the family',
    evidence: 'Apology letter sent; meeting held with the family.',
  },
  {
    kind: 'procedure',
    text: 'Introduce a checklist for accuracy of assessment records before sign-off',
    evidence: 'Checklist in use; audit of 20 records showed full use.',
  },
  {
    kind: 'training',
    text: 'Customer care workshop for the front-line contact team',
    evidence: 'Workshop held; attendance register kept.',
  },
  {
    kind: 'other',
    text: 'Audit response times for similar cases over the last six months',
    evidence: 'Audit completed and reported to the management team.',
  },
];

export const planTitles = [
  'Improving communication with families',
  'Accuracy of assessment records',
  'Timeliness of responses',
  'Contact arrangements: clearer agreements',
  'Charging information before services start',
];

export const recommendations =
  'Apologise to the complainant; review how updates are given during assessments; check similar cases.';
