import { formatUkDate } from '../../format';
import { nextYearOf } from '../financialYear';
import type { CodeStageFigures } from '../reportTypes';
import {
  complimentAppendix,
  complimentsSection,
  costsSection,
  escalationTable,
  keyMessagesSection,
  learningSection,
  monitoringSection,
  narrativeSection,
  ombudsmanSection,
  outcomeBlocks,
  p,
  periodText,
  prioritiesSection,
  purposeSection,
  refusalBlocks,
  serviceAreaBlocks,
  trendBlocks,
  type DraftSection,
  stage2ElementBlocks,
  type SectionContext,
} from './commonSections';
import { count } from './keyMessages';
import { profileSection } from './profileSection';
import type { ReportTable } from './reportDocument';
import { chartOfComparison, compareTable, countChange, percentChange, table } from './tables';

export const corporateRegulation =
  "The Local Government and Social Care Ombudsman's Complaint Handling Code, section 8: annual complaint performance and service improvement report";

/**
 * The corporate report the Complaint Handling Code asks for (Code 8.1): the self-assessment,
 * an analysis of complaint handling performance, the types of complaint refused, the service
 * improvements made from learning, the Ombudsman's annual letter, and the governing body's
 * response. Two stages only: a complaint resolved early is still a Stage 1 complaint under the
 * Code, so early resolution is not reported as a stage, and the children's 10/20-day table has
 * no place here.
 */
export function corporateSections(ctx: SectionContext): DraftSection[] {
  const { report, years } = ctx;
  const [y, py] = years;
  const r = report.received;
  const q = report.previous.received;
  const volumes = compareTable(
    'volumes',
    'Complaints received at each stage',
    `Counts complaints and escalation requests received in ${y}, compared with ${py}.`,
    years,
    'Received',
    [
      ['Stage 1', r.stage1, q.stage1],
      ['Stage 2', r.stage2, q.stage2],
    ],
  );
  return [
    purposeSection(
      `This is ${ctx.councilName}'s annual complaint performance and service improvement report for ${periodText(report)}, compared with ${py}.`,
      "It meets section 8 of the Local Government and Social Care Ombudsman's Complaint Handling Code. Code 8.1 asks for the council's self-assessment against the Code, an analysis of its complaint handling performance, a summary of the types of complaint it refused to accept, any findings of non-compliance with the Code, the service improvements made as a result of learning from complaints, the Ombudsman's annual letter and any reports, and the response of the councillors responsible for complaints.",
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
          'Corporate complaints have two stages. At each stage the council acknowledges the complaint within 5 working days. It responds within 10 working days of the acknowledgement at Stage 1 and within 20 at Stage 2; when that is not possible it tells the complainant why and when they will hear, which may be up to 10 more working days at Stage 1 and 20 more at Stage 2. A complainant who remains unhappy may then go to the Local Government and Social Care Ombudsman.',
        ),
      ],
    ),
    narrativeSection(
      ctx,
      'self-assessment',
      'Self-assessment against the Complaint Handling Code',
      'selfAssessment',
      'The complaints manager has not yet written the self-assessment against the Code for this year.',
    ),
    {
      id: 'performance',
      heading: 'Complaint handling performance',
      blocks: [
        volumes,
        chartOfComparison(volumes, 'Complaints received at each stage', years),
        escalationTable(ctx),
        ...codeTables(ctx),
        ...stage2ElementBlocks(ctx),
        ...trendBlocks(ctx, [
          ['Stage 1 complaints', (t) => t.stage1],
          ['Stage 2 requests', (t) => t.stage2],
          ['Compliments', (t) => t.compliments],
        ]),
        ...serviceAreaBlocks(ctx),
        ...outcomeBlocks(ctx),
      ],
    },
    narrativeSection(
      ctx,
      'refusals',
      'Complaints the council refused to accept',
      'refusals',
      'The types of complaint the council refused to accept have not been summarised for this year.',
      refusalBlocks(ctx),
    ),
    profileSection(ctx, false),
    codeFindingsSection(ctx),
    learningSection(ctx, 'Service improvements from learning'),
    ombudsmanSection(ctx, "The Ombudsman's annual letter"),
    complimentsSection(ctx),
    costsSection(ctx),
    monitoringSection(ctx, nextYearOf(y)),
    narrativeSection(
      ctx,
      'governance-response',
      'Response of the governing body',
      'governanceResponse',
      'The response of the councillors responsible for complaints will be added once they have considered this report.',
    ),
    prioritiesSection(ctx),
    complimentAppendix(ctx),
  ];
}

/**
 * The Ombudsman's findings that the council did not comply with the Code (Code 8.1), from its
 * decisions in the year as the complaints manager recorded them; one sentence when there were none.
 */
function codeFindingsSection(ctx: SectionContext): DraftSection {
  const [y] = ctx.years;
  const findings = ctx.report.ombudsman.codeFindings;
  return {
    id: 'code-findings',
    heading: 'Findings of non-compliance with the Code',
    blocks:
      findings.length === 0
        ? [
            p(
              `The Ombudsman made no finding in ${y} that the council had not complied with the Complaint Handling Code.`,
            ),
          ]
        : [
            p(
              `In ${count(findings.length, 'decisions')} made in ${y}, the Ombudsman found that the council had not complied with the Complaint Handling Code.`,
            ),
            table(
              'code-findings',
              'Findings of non-compliance with the Code',
              `Ombudsman decisions made in ${y} that found the council had not complied with the Code, oldest first, as recorded from each decision.`,
              // The finding first: the long text takes the widest column (renderDocx.ts).
              ['Finding', 'Ombudsman reference', 'Decided'],
              findings.map((f) => [f.finding, f.reference, formatUkDate(f.decided)]),
            ),
          ],
  };
}

function codeTables(ctx: SectionContext): ReportTable[] {
  const code = ctx.report.code;
  const before = ctx.report.previous.code;
  if (code === null || before === null) return [];
  const [y, py] = ctx.years;
  const rows = (now: CodeStageFigures, was: CodeStageFigures, limit: number, extended: number) => [
    countChange('Complaints received', now.received, was.received),
    countChange(
      'Acknowledged within 5 working days',
      now.acknowledgedWithin5,
      was.acknowledgedWithin5,
    ),
    percentChange(
      'Acknowledged within 5 working days (%)',
      now.percentAcknowledgedWithin5,
      was.percentAcknowledgedWithin5,
    ),
    countChange('Responses', now.responded, was.responded),
    countChange(
      `Within ${limit} working days of acknowledgement`,
      now.withinLimit,
      was.withinLimit,
    ),
    countChange(
      `Within ${extended} working days, with an extension`,
      now.withinExtendedLimit - now.withinLimit,
      was.withinExtendedLimit - was.withinLimit,
    ),
    countChange('Extension explained to the complainant', now.extended, was.extended),
    percentChange(
      'Within the timescale, with agreed extensions (%)',
      now.percentWithinTimescale,
      was.percentWithinTimescale,
    ),
  ];
  const basis = `Complaints received in ${y} (acknowledgements) and responses given in ${y}, compared with ${py}; working days, pauses left out.`;
  return [
    table(
      'code-stage1',
      'Stage 1 against the Code',
      basis,
      ['Stage 1', py, y, 'Change'],
      rows(code.stage1, before.stage1, 10, 20),
    ),
    table(
      'code-stage2',
      'Stage 2 against the Code',
      basis,
      ['Stage 2', py, y, 'Change'],
      rows(code.stage2, before.stage2, 20, 40),
    ),
  ];
}
