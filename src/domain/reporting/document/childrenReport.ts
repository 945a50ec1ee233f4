import { complainantLabels } from '../../records';
import { formatPercent } from '../../format';
import { nextYearOf } from '../financialYear';
import {
  complimentAppendix,
  complimentsSection,
  costsSection,
  demandBlocks,
  keyMessagesSection,
  learningSection,
  monitoringSection,
  narrativeSection,
  ombudsmanSection,
  periodText,
  outcomesSection,
  serviceAreaBlocks,
  statutoryAndCorporateBlocks,
  trendBlocks,
  type DraftSection,
  type SectionContext,
} from './commonSections';
import type { ReportBlock } from './reportDocument';
import {
  changeOf,
  chartOfComparison,
  compareTable,
  countRows,
  pointsChange,
  table,
} from './tables';

export const childrenRegulation =
  'The Children Act 1989 Representations Procedure (England) Regulations 2006, regulation 13(3)';

const p = (text: string): ReportBlock => ({ kind: 'paragraph', text });

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
  const escalation = table(
    'escalation',
    'Escalation',
    `Stage 2 requests received in ${y} as a share of Stage 1 complaints received in ${y}.`,
    ['Measure', py, y, 'Change'],
    [
      [
        'Stage 2 requests as a share of Stage 1',
        formatPercent(q.stage2PercentOfStage1),
        formatPercent(r.stage2PercentOfStage1),
        pointsChange(r.stage2PercentOfStage1, q.stage2PercentOfStage1),
      ],
    ],
  );
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
    {
      id: 'purpose',
      heading: 'Purpose of this report',
      blocks: [
        p(
          `This report tells members and officers how ${ctx.councilName} handled complaints about children's social care from ${periodText(report)}, compared with ${py}.`,
        ),
        p(
          `It meets regulation 13(3) of the Children Act 1989 Representations Procedure (England) Regulations 2006, which requires the council to publish an annual report on the operation of its procedure for complaints and representations each financial year.`,
        ),
        p(
          'Volumes count complaints received in the year. Timeliness, outcomes and causes count complaints resolved in the year, so they will not match the volumes. Working days leave out weekends, bank holidays and any time a complaint was paused (for example for alternative dispute resolution).',
        ),
      ],
    },
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
    { id: 'timeliness', heading: 'How quickly we responded', blocks: timelinessBlocks(ctx) },
    outcomesSection(ctx),
    complimentsSection(ctx),
    costsSection(ctx),
    ombudsmanSection(ctx, 'The Local Government and Social Care Ombudsman'),
    learningSection(ctx, 'Learning from complaints'),
    monitoringSection(ctx, nextYearOf(y)),
    narrativeSection(
      ctx,
      'priorities',
      `Priorities for ${nextYearOf(y)}`,
      'priorities',
      'The complaints manager has not yet written the priorities for next year.',
    ),
    complimentAppendix(ctx),
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
          [
            'Within 10 working days',
            formatPercent(t1.percentWithin10),
            formatPercent(s1.percentWithin10),
            pointsChange(s1.percentWithin10, t1.percentWithin10),
          ],
          [
            'Within 20 working days',
            formatPercent(t1.percentWithin20),
            formatPercent(s1.percentWithin20),
            pointsChange(s1.percentWithin20, t1.percentWithin20),
          ],
          [
            'Extension to 20 days agreed',
            t1.extended,
            s1.extended,
            changeOf(s1.extended, t1.extended),
          ],
          [
            'Within 10, or 20 when extended',
            formatPercent(t1.percentWithinTimescale),
            formatPercent(s1.percentWithinTimescale),
            pointsChange(s1.percentWithinTimescale, t1.percentWithinTimescale),
          ],
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
          ['Completed', t2.responded, s2.responded, changeOf(s2.responded, t2.responded)],
          ['Within 25 working days', t2.within25, s2.within25, changeOf(s2.within25, t2.within25)],
          ['Within 65 working days', t2.within65, s2.within65, changeOf(s2.within65, t2.within65)],
          ['More than 65 working days', t2.over65, s2.over65, changeOf(s2.over65, t2.over65)],
          [
            'Within 65 working days (%)',
            formatPercent(t2.percentWithin65),
            formatPercent(s2.percentWithin65),
            pointsChange(s2.percentWithin65, t2.percentWithin65),
          ],
        ],
      ),
    );
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
          ['Panels held', t3.panels, s3.panels, changeOf(s3.panels, t3.panels)],
          [
            'Met within 30 working days of the request',
            t3.panelWithinTimescale,
            s3.panelWithinTimescale,
            changeOf(s3.panelWithinTimescale, t3.panelWithinTimescale),
          ],
          [
            'Reported within 5 working days',
            t3.reportWithinTimescale,
            s3.reportWithinTimescale,
            changeOf(s3.reportWithinTimescale, t3.reportWithinTimescale),
          ],
          [
            'Council responded within 15 working days',
            t3.responseWithinTimescale,
            s3.responseWithinTimescale,
            changeOf(s3.responseWithinTimescale, t3.responseWithinTimescale),
          ],
          [
            'Every step within its timescale',
            t3.allStepsWithinTimescale,
            s3.allStepsWithinTimescale,
            changeOf(s3.allStepsWithinTimescale, t3.allStepsWithinTimescale),
          ],
        ],
      ),
    );
  return blocks;
}
