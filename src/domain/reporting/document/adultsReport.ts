import { formatPercent } from '../../format';
import { complainantLabels, type Complainant } from '../../records';
import type { AdultsTimeliness } from '../reportTypes';
import {
  closingSections,
  demandBlocks,
  keyMessagesSection,
  narrativeSection,
  outcomesSection,
  p,
  periodText,
  purposeSection,
  receivedOutcomeBlocks,
  serviceAreaBlocks,
  statutoryAndCorporateBlocks,
  trendBlocks,
  type DraftSection,
  type SectionContext,
} from './commonSections';
import { profileSection } from './profileSection';
import type { ReportBlock } from './reportDocument';
import {
  chartOfComparison,
  compareTable,
  countChange,
  countRows,
  openRows,
  percentChange,
  table,
} from './tables';

export const adultsRegulation =
  'The Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, regulation 18';

/** Who complains about adult social care: no children, and an advocate for the adult. */
const adultComplainantLabels: Partial<Record<Complainant, string>> = {
  ...complainantLabels,
  advocate: 'Advocate',
  carer: 'Carer',
};
delete adultComplainantLabels.child;

/**
 * The adult social care report (2009 regulations, reg. 18): one local stage with a response
 * period agreed with the complainant and a letter at six months; complaints as a share of
 * active cases; joint complaints with the NHS. No Stage 2 or Stage 3 (the regulations have
 * none) and no 10-working-day judgement.
 */
export function adultsSections(ctx: SectionContext): DraftSection[] {
  const { report, years } = ctx;
  const [y, py] = years;
  const r = report.received;
  const q = report.previous.received;
  const volumes = compareTable(
    'volumes',
    'Complaints received',
    `Counts complaints received in ${y}, compared with ${py}.`,
    years,
    'Received',
    [
      ['Complaints', r.complaints, q.complaints],
      ['Of which resolved early', r.earlyResolution, q.earlyResolution],
      [
        'Of which handled jointly with the NHS',
        report.jointWithNhs?.complaints ?? 0,
        report.previous.jointWithNhs?.complaints ?? 0,
      ],
    ],
  );
  const who = compareTable(
    'complainants',
    'Who complained',
    `Counts complaints received in ${y}, compared with ${py}.`,
    years,
    'Complainant',
    countRows(adultComplainantLabels, r.byComplainant, q.byComplainant),
    { total: 'Total', share: true },
  );
  return [
    purposeSection(
      `This report tells members and officers how ${ctx.councilName} handled complaints about adult social care from ${periodText(report)}, compared with ${py}.`,
      'It meets regulation 18 of the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, which requires the council to prepare an annual report on the complaints it received, the issues they raised, those found to be well founded, and those referred to the Local Government and Social Care Ombudsman.',
      'Volumes count complaints received in the year; response times and outcomes count complaints resolved in the year.',
    ),
    keyMessagesSection(ctx),
    narrativeSection(
      ctx,
      'introduction',
      'Introduction',
      'introduction',
      'The complaints manager has not yet written the introduction for this year.',
      [
        p(
          'Adult social care complaints have a single local stage. The council acknowledges a complaint within 3 working days, offers to discuss how it will be handled, and agrees with the complainant how long the response should take. If there is no response within six months, the council writes to explain why. Complaints that involve the NHS are handled jointly, with one response. A complainant who remains unhappy may go to the Local Government and Social Care Ombudsman.',
        ),
      ],
    ),
    narrativeSection(
      ctx,
      'context',
      'Context and demand',
      'context',
      'The complaints manager has not yet written about the context for this year.',
      demandBlocks(
        ctx,
        [['adult_active_cases', 'Active adult social care cases']],
        'active cases',
        'adult_active_cases',
        (received) => received.complaints,
      ),
    ),
    {
      id: 'received',
      heading: 'Complaints received',
      blocks: [
        volumes,
        chartOfComparison(volumes, 'Complaints received', years),
        ...statutoryAndCorporateBlocks(ctx),
        ...trendBlocks(ctx, [
          ['Complaints', (t) => t.complaints],
          ['Joint with the NHS', (t) => t.jointWithNhs],
          ['Compliments', (t) => t.compliments],
        ]),
        ...serviceAreaBlocks(ctx),
        who,
      ],
    },
    profileSection(ctx, false),
    { id: 'timeliness', heading: 'How quickly we responded', blocks: sixMonthBlocks(ctx) },
    { id: 'joint', heading: 'Joint complaints with the NHS', blocks: jointBlocks(ctx) },
    outcomesSection(ctx),
    ...closingSections(ctx, { priorities: true }),
  ];
}

function sixMonthBlocks(ctx: SectionContext): ReportBlock[] {
  const [y, py] = ctx.years;
  const a = ctx.report.adults;
  const b = ctx.report.previous.adults;
  if (a === null || b === null || a.responded === 0)
    return [p(`No responses to adult social care complaints were given in ${y}.`)];
  return [
    table(
      'six-months',
      'Responses within six months',
      `Counts responses given in ${y}, compared with ${py}; six calendar months from receipt.`,
      ['Responses', py, y, 'Change'],
      [
        countChange('Responses given', a.responded, b.responded),
        countChange('Within six months', a.withinSixMonths, b.withinSixMonths),
        countChange('After more than six months', a.overSixMonths, b.overSixMonths),
        percentChange('Within six months (%)', a.percentWithinSixMonths, b.percentWithinSixMonths),
      ],
    ),
    ...agreedPeriodBlocks(ctx, a, b),
  ];
}

/**
 * The responses measured against the date agreed with the complainant, both years side by
 * side, or why they cannot be: the date is optional, so the responses without one are said.
 */
function agreedPeriodBlocks(
  ctx: SectionContext,
  a: AdultsTimeliness,
  b: AdultsTimeliness,
): ReportBlock[] {
  const [y, py] = ctx.years;
  if (a.withAgreedPeriod === 0 && b.withAgreedPeriod === 0)
    return [
      p(
        'No response date agreed with a complainant was recorded for these responses, so they are measured against the six-month limit of the regulations rather than against the period agreed.',
      ),
    ];
  const unrecorded = a.responded - a.withAgreedPeriod;
  return [
    table(
      'agreed-period',
      'Responses within the period agreed',
      `Counts responses given in ${y}, compared with ${py}, whose response date was agreed with the complainant.`,
      ['Responses', py, y, 'Change'],
      [
        countChange('With an agreed date', a.withAgreedPeriod, b.withAgreedPeriod),
        countChange('By the agreed date', a.withinAgreedPeriod, b.withinAgreedPeriod),
        countChange(
          'After the agreed date',
          a.withAgreedPeriod - a.withinAgreedPeriod,
          b.withAgreedPeriod - b.withinAgreedPeriod,
        ),
        percentChange(
          'By the agreed date (%)',
          a.percentWithinAgreedPeriod,
          b.percentWithinAgreedPeriod,
        ),
      ],
    ),
    p(
      `Responded within the agreed period: ${a.withinAgreedPeriod} of ${a.withAgreedPeriod} (${formatPercent(a.percentWithinAgreedPeriod)})` +
        (unrecorded > 0
          ? `; ${unrecorded} ${unrecorded === 1 ? 'response has' : 'responses have'} no agreed date recorded.`
          : '.'),
    ),
  ];
}

function jointBlocks(ctx: SectionContext): ReportBlock[] {
  const [y, py] = ctx.years;
  const j = ctx.report.jointWithNhs;
  const k = ctx.report.previous.jointWithNhs;
  if (j === null || k === null || (j.complaints === 0 && k.complaints === 0))
    return [p(`No complaints were handled jointly with the NHS in ${y} or ${py}.`)];
  const areas = openRows(j.byServiceArea, k.byServiceArea);
  return [
    p(
      `${j.complaints} complaints were handled jointly with the NHS in ${y} (${k.complaints} in ${py}); ${j.openAtYearEnd} were still open at 31 March.`,
    ),
    ...receivedOutcomeBlocks(ctx, 'joint-outcomes', j, k, 'joint complaints'),
    compareTable(
      'joint-areas',
      'Joint complaints by service area',
      `Counts joint complaints received in ${y}, compared with ${py}.`,
      ctx.years,
      'Service area',
      areas,
      { total: 'Total' },
    ),
  ];
}
