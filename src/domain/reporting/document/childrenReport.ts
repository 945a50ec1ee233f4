import { complainantLabels } from '../../records';
import {
  closingSections,
  demandBlocks,
  escalationTable,
  keyMessagesSection,
  narrativeSection,
  outcomesSection,
  p,
  periodText,
  purposeSection,
  serviceAreaBlocks,
  stage2ElementBlocks,
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
  percentChange,
  table,
} from './tables';

export const childrenRegulation =
  'The Children Act 1989 Representations Procedure (England) Regulations 2006, regulation 13(3)';

/**
 * The children's social care report (2006 regulations, reg. 13(3)): three stages, Stage 1 in
 * 10 working days (20 for complex cases), Stage 2 in 25 (up to 65), Stage 3 panels and their
 * timescales, complaints from children and their advocates, and the Ombudsman.
 */
export function childrenSections(ctx: SectionContext): DraftSection[] {
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
      ...(r.earlyResolution > 0 || q.earlyResolution > 0
        ? ([['Resolved early, before Stage 1', r.earlyResolution, q.earlyResolution]] as const)
        : []),
      ['Stage 1: local resolution', r.stage1, q.stage1],
      ['Stage 2: independent investigation', r.stage2, q.stage2],
      ['Stage 3: review panel', r.stage3, q.stage3],
    ],
  );
  const escalation = escalationTable(ctx);
  const who = compareTable(
    'complainants',
    'Who complained',
    `Counts complaints received in ${y}, compared with ${py}.`,
    years,
    'Complainant',
    countRows(complainantLabels, r.byComplainant, q.byComplainant, ['child', 'advocate']),
    { total: 'Total', share: true },
  );
  return [
    purposeSection(
      `This report tells members and officers how ${ctx.councilName} handled complaints about children's social care from ${periodText(report)}, compared with ${py}.`,
      `It meets regulation 13(3) of the Children Act 1989 Representations Procedure (England) Regulations 2006, which requires the council to publish an annual report on the operation of its procedure for complaints and representations each financial year.`,
      'Volumes count complaints received in the year. Timeliness, outcomes and causes count complaints resolved in the year, so they will not match the volumes. Working days leave out weekends, bank holidays and any time a complaint was paused (for example for alternative dispute resolution).',
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
          'The procedure has three stages. At Stage 1 (local resolution) the service responds within 10 working days, or 20 for a complex complaint. At Stage 2 an investigating officer from outside the service, with an independent person, investigates and the council responds within 25 working days, or up to 65. At Stage 3 a review panel of three independent people meets within 30 working days of the request, reports within 5 working days, and the council responds within 15 working days of the report. The complainant may then go to the Local Government and Social Care Ombudsman.',
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
        [
          ['referrals', "Referrals to children's social care"],
          ['single_assessments', 'Single assessments'],
          ['children_in_care', 'Children in care at 31 March'],
          ['child_protection_plans', 'Child protection plans at 31 March'],
          ['children_active_cases', "Active children's social care cases"],
          ['children_supported', 'Children supported in the year'],
        ],
        'referrals',
        'referrals',
        (received) => received.complaints,
      ),
    ),
    {
      id: 'received',
      heading: 'Complaints received',
      blocks: [
        volumes,
        chartOfComparison(volumes, 'Complaints received at each stage', years),
        escalation,
        ...statutoryAndCorporateBlocks(ctx),
        ...trendBlocks(ctx, [
          ['Stage 1 complaints', (t) => t.stage1],
          ['Stage 2 requests', (t) => t.stage2],
          ['Stage 3 requests', (t) => t.stage3],
          ['Compliments', (t) => t.compliments],
        ]),
        ...serviceAreaBlocks(ctx),
        who,
        p(
          `${r.byComplainant.child} complaints were made by children or young people and ${r.byComplainant.advocate} by an advocate on a child's behalf (${q.byComplainant.child} and ${q.byComplainant.advocate} in ${py}).`,
        ),
      ],
    },
    profileSection(ctx, true),
    { id: 'timeliness', heading: 'How quickly we responded', blocks: timelinessBlocks(ctx) },
    outcomesSection(ctx),
    ...closingSections(ctx, { priorities: true }),
  ];
}

function timelinessBlocks(ctx: SectionContext): ReportBlock[] {
  const { report, years } = ctx;
  const [y, py] = years;
  const resolved = `Counts responses given in ${y}, compared with ${py}; working days from receipt, pauses left out.`;
  const s1 = report.resolved.stage1;
  const t1 = report.previous.resolved.stage1;
  const blocks: ReportBlock[] = [];
  if (s1.responded === 0) blocks.push(p(`No Stage 1 responses were given in ${y}.`));
  else {
    const bands = compareTable(
      'stage1',
      'Stage 1: working days taken to respond',
      resolved,
      years,
      'Working days',
      [
        ['10 or fewer', s1.within10, t1.within10],
        ['11 to 20', s1.within20 - s1.within10, t1.within20 - t1.within10],
        ['More than 20', s1.over20, t1.over20],
      ],
      { total: 'Total responses', share: true },
    );
    blocks.push(
      bands,
      chartOfComparison(bands, 'Stage 1 responses by working days taken', years),
      table(
        'stage1-rates',
        'Stage 1 responses within the timescales',
        resolved,
        ['Measure', py, y, 'Change'],
        [
          percentChange('Within 10 working days', s1.percentWithin10, t1.percentWithin10),
          percentChange('Within 20 working days', s1.percentWithin20, t1.percentWithin20),
          countChange('Extension to 20 days agreed', s1.extended, t1.extended),
          percentChange(
            'Within 10, or 20 when extended',
            s1.percentWithinTimescale,
            t1.percentWithinTimescale,
          ),
        ],
      ),
    );
  }
  const s2 = report.resolved.stage2;
  const t2 = report.previous.resolved.stage2;
  if (s2.responded === 0)
    blocks.push(p(`No Stage 2 investigations were completed in ${y} (${t2.responded} in ${py}).`));
  else
    blocks.push(
      table(
        'stage2',
        'Stage 2: independent investigations completed',
        resolved,
        ['Stage 2 investigations', py, y, 'Change'],
        [
          countChange('Completed', s2.responded, t2.responded),
          countChange('Within 25 working days', s2.within25, t2.within25),
          countChange('Within 65 working days', s2.within65, t2.within65),
          countChange('More than 65 working days', s2.over65, t2.over65),
          percentChange('Within 65 working days (%)', s2.percentWithin65, t2.percentWithin65),
        ],
      ),
    );
  blocks.push(...stage2ElementBlocks(ctx));
  const s3 = report.resolved.stage3;
  const t3 = report.previous.resolved.stage3;
  if (s3.panels === 0)
    blocks.push(p(`No Stage 3 panels were held in ${y} (${t3.panels} in ${py}).`));
  else
    blocks.push(
      table(
        'stage3',
        'Stage 3: review panels held',
        `Counts review panels that met in ${y}, compared with ${py}.`,
        ['Review panels', py, y, 'Change'],
        [
          countChange('Panels held', s3.panels, t3.panels),
          countChange(
            'Met within 30 working days of the request',
            s3.panelWithinTimescale,
            t3.panelWithinTimescale,
          ),
          countChange(
            'Reported within 5 working days',
            s3.reportWithinTimescale,
            t3.reportWithinTimescale,
          ),
          countChange(
            'Council responded within 15 working days',
            s3.responseWithinTimescale,
            t3.responseWithinTimescale,
          ),
          countChange(
            'Every step within its timescale',
            s3.allStepsWithinTimescale,
            t3.allStepsWithinTimescale,
          ),
        ],
      ),
    );
  return blocks;
}
