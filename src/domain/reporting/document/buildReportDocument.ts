import {
  actionKindLabels,
  causeLabels,
  complainantLabels,
  costTypeLabels,
  learningLabels,
  ombudsmanDecisionLabels,
  outcomeLabels,
  procedureLabels,
  remedyTypeLabels,
} from '../../records';
import type { AnnualReport, ReportProcedure } from '../reportTypes';
import { codeSection, learningSection } from './codeAndLearning';
import type { ReportDocument, ReportSection } from './reportDocument';
import { chartOf, compareRows, openKeys, table } from './tables';

export interface DocumentOptions {
  readonly councilName: string;
  /** The Code self-assessment, written by the complaints manager (paragraphs split on blank lines). */
  readonly selfAssessment?: string;
}

const procedureTitles: Record<ReportProcedure, string> = {
  children_statutory: "Children's social care complaints",
  adults_statutory: 'Adult social care complaints',
  corporate: 'Corporate complaints',
  all: 'Complaints, compliments and MP enquiries',
};

/**
 * The annual report as a document: the tables councils publish, each stating its basis, with
 * charts where a reader would rather look than read. Figures are those of `report` unchanged.
 * `buildReportDocument(report, { councilName: 'Example County Council' }).sections[0].heading` → `Introduction`
 */
export function buildReportDocument(
  report: AnnualReport,
  options: DocumentOptions,
): ReportDocument {
  const y = report.year;
  const p = report.previous.year;
  const cols = (first: string) => [first, y, p];
  const received = `Counts cases received between ${report.period.from} and ${report.period.to} (and ${p} for comparison).`;
  const resolved = `Counts complaints resolved (closed) in ${y}; stages are counted in the year of their response.`;
  const r = report.received;
  const q = report.previous.received;

  const volumes = table('volumes', 'Feedback received', received, cols('Received'), [
    ['Complaints', r.complaints, q.complaints],
    ['Resolved early (Stage 0)', r.earlyResolution, q.earlyResolution],
    ['Stage 1 complaints', r.stage1, q.stage1],
    ['Stage 2 requests', r.stage2, q.stage2],
    ['Stage 3 requests', r.stage3, q.stage3],
    ['Compliments', r.compliments, q.compliments],
    ['MP enquiries', r.mpEnquiries, q.mpEnquiries],
    ['Comments and queries', r.comments, q.comments],
  ]);
  const sections: ReportSection[] = [
    {
      id: 'introduction',
      heading: 'Introduction',
      blocks: [
        {
          kind: 'paragraph',
          text: `${options.councilName}: ${procedureTitles[report.procedure]}, annual report for ${y} (1 April ${report.period.from.slice(0, 4)} to 31 March ${report.period.to.slice(0, 4)}), compared with ${p}.`,
        },
        {
          kind: 'paragraph',
          text: 'Volumes count cases received in the year. Timeliness, outcomes and causes count complaints resolved in the year. Working days exclude weekends and bank holidays, and time a complaint was paused (for example for alternative dispute resolution) is not counted. Each table says which cases it counts.',
        },
      ],
    },
    {
      id: 'volumes',
      heading: 'How much feedback we received',
      blocks: [volumes, chartOf(volumes, `Feedback received in ${y}`)],
    },
  ];
  if (report.procedure === 'all') {
    const byProcedure = table(
      'procedures',
      'Complaints by procedure',
      received,
      cols('Procedure'),
      compareRows(procedureLabels, r.byProcedure, q.byProcedure),
    );
    sections[1] = {
      ...(sections[1] as ReportSection),
      blocks: [...(sections[1] as ReportSection).blocks, byProcedure],
    };
  }
  const d = report.demand;
  const dp = report.previous.demand;
  sections.push({
    id: 'demand',
    heading: 'Complaints as a share of demand',
    blocks: [
      table('demand', 'Complaints as a share of referrals', received, cols('Measure'), [
        ['Referrals', d.referrals, dp.referrals],
        ['Complaints received', r.complaints, q.complaints],
        [
          'Complaints per 100 referrals (%)',
          d.complaintsPerReferralPercent,
          dp.complaintsPerReferralPercent,
        ],
      ]),
    ],
  });
  const who = table(
    'complainants',
    'Who complained',
    received,
    cols('Complainant'),
    compareRows(complainantLabels, r.byComplainant, q.byComplainant),
  );
  const areas = table(
    'service-areas',
    'Complaints by service area',
    received,
    cols('Service area'),
    openKeys(r.byServiceArea, q.byServiceArea).map((area) => [
      area,
      r.byServiceArea[area] ?? 0,
      q.byServiceArea[area] ?? 0,
    ]),
  );
  sections.push(
    {
      id: 'complainants',
      heading: 'Who complains',
      blocks: [who, chartOf(who, `Who complained in ${y}`)],
    },
    {
      id: 'service-areas',
      heading: 'Service areas',
      blocks: [areas, chartOf(areas, `Complaints by service area in ${y}`)],
    },
  );

  const s1 = report.resolved.stage1;
  const t1 = report.previous.resolved.stage1;
  const stage1 = table(
    'stage1',
    'Stage 1: working days taken to respond',
    resolved,
    cols('Stage 1 responses'),
    [
      ['Responded', s1.responded, t1.responded],
      ['Within 10 working days', s1.within10, t1.within10],
      ['Within 20 working days (including those within 10)', s1.within20, t1.within20],
      ['More than 20 working days', s1.over20, t1.over20],
      ['Within 10 working days (%)', s1.percentWithin10, t1.percentWithin10],
      ['Within 20 working days (%)', s1.percentWithin20, t1.percentWithin20],
      ['Extension agreed', s1.extended, t1.extended],
      [
        'Within timescale, with agreed extensions (%)',
        s1.percentWithinTimescale,
        t1.percentWithinTimescale,
      ],
    ],
  );
  const s2 = report.resolved.stage2;
  const t2 = report.previous.resolved.stage2;
  const s3 = report.resolved.stage3;
  const t3 = report.previous.resolved.stage3;
  sections.push({
    id: 'timeliness',
    heading: 'How quickly we responded',
    blocks: [
      stage1,
      {
        kind: 'chart',
        id: 'stage1-bands',
        title: `Stage 1 responses in ${y} by working days taken`,
        basis: resolved,
        unit: '',
        bars: [
          { label: '10 or fewer', value: s1.within10 },
          { label: '11 to 20', value: s1.within20 - s1.within10 },
          { label: 'More than 20', value: s1.over20 },
        ],
      },
      table(
        'stage2',
        'Stage 2: working days taken to respond',
        resolved,
        cols('Stage 2 responses'),
        [
          ['Responded', s2.responded, t2.responded],
          ['Within 25 working days', s2.within25, t2.within25],
          ['Within 65 working days (including those within 25)', s2.within65, t2.within65],
          ['More than 65 working days', s2.over65, t2.over65],
          ['Within 25 working days (%)', s2.percentWithin25, t2.percentWithin25],
          ['Within 65 working days (%)', s2.percentWithin65, t2.percentWithin65],
        ],
      ),
      table(
        'stage3',
        'Stage 3: review panels',
        `Counts review panels that met in ${y}.`,
        cols('Review panels'),
        [
          ['Panels held', s3.panels, t3.panels],
          [
            'Panel met within 30 working days of the request',
            s3.panelWithinTimescale,
            t3.panelWithinTimescale,
          ],
          [
            'Panel report within 5 working days',
            s3.reportWithinTimescale,
            t3.reportWithinTimescale,
          ],
          ['Council responses to the panel', s3.responses, t3.responses],
          [
            'Response within 15 working days of the report',
            s3.responseWithinTimescale,
            t3.responseWithinTimescale,
          ],
        ],
      ),
    ],
  });
  const outcomes = table(
    'outcomes',
    'Outcomes of complaints resolved',
    resolved,
    cols('Outcome'),
    compareRows(
      { ...outcomeLabels, not_recorded: 'Not recorded' },
      report.resolved.byOutcome,
      report.previous.resolved.byOutcome,
    ),
  );
  const causes = table(
    'causes',
    'What complaints were about (a complaint may have several causes)',
    resolved,
    cols('Cause'),
    compareRows(causeLabels, report.resolved.byCause, report.previous.resolved.byCause),
  );
  sections.push(
    {
      id: 'outcomes',
      heading: 'Outcomes',
      blocks: [outcomes, chartOf(outcomes, `Outcomes in ${y}`)],
    },
    { id: 'causes', heading: 'Causes', blocks: [causes, chartOf(causes, `Causes in ${y}`)] },
  );

  const o = report.ombudsman;
  const op = report.previous.ombudsman;
  const decidedBasis = `Counts Ombudsman decisions made in ${y}.`;
  sections.push({
    id: 'ombudsman',
    heading: 'The Local Government and Social Care Ombudsman',
    blocks: [
      table('ombudsman-decisions', 'Ombudsman decisions', decidedBasis, cols('Decision'), [
        ['Enquiries received', o.enquiriesReceived, op.enquiriesReceived],
        ...compareRows(ombudsmanDecisionLabels, o.byDecision, op.byDecision),
        ['Decisions', o.decisions, op.decisions],
        [
          'Upheld, of those investigated (%)',
          o.upheldPercentOfInvestigated,
          op.upheldPercentOfInvestigated,
        ],
        ['Fault causing injustice', o.withInjustice, op.withInjustice],
        ['Remedies due for compliance in the year', o.complianceDue, op.complianceDue],
        ['Complied with on time', o.compliedOnTime, op.compliedOnTime],
      ]),
      table(
        'ombudsman-remedies',
        'Remedies the Ombudsman asked for',
        decidedBasis,
        cols('Remedy'),
        compareRows(remedyTypeLabels, o.byRemedy, op.byRemedy),
      ),
      table(
        'ombudsman-payments',
        'Payments the Ombudsman recommended',
        decidedBasis,
        cols('Payments'),
        [['Remedy payments', o.remedyPayments, op.remedyPayments]],
        '£',
      ),
    ],
  });
  const years = Object.keys(report.costs);
  const costs = table(
    'costs',
    'Costs over three years',
    'Counts money spent in each financial year, by the date of the cost.',
    ['Cost', ...years],
    [
      ...Object.entries(costTypeLabels).map(([type, label]) => [
        label,
        ...years.map((yr) => report.costs[yr]?.[type as keyof typeof costTypeLabels] ?? 0),
      ]),
      ['Total', ...years.map((yr) => report.costs[yr]?.total ?? 0)],
    ],
    '£',
  );
  sections.push({ id: 'costs', heading: 'Costs', blocks: [costs] });

  const m = report.mpEnquiries;
  const mp = report.previous.mpEnquiries;
  sections.push({
    id: 'compliments',
    heading: 'Compliments and MP enquiries',
    blocks: [
      table(
        'mp-enquiries',
        'MP enquiries',
        `Counts enquiries received in ${y}, and responses given in ${y}.`,
        cols('MP enquiries'),
        [
          ['Received', m.received, mp.received],
          ['Responded', m.responded, mp.responded],
          [
            'Responded within the service standard',
            m.respondedWithinTimescale,
            mp.respondedWithinTimescale,
          ],
          [
            'Responded within the service standard (%)',
            m.percentWithinTimescale,
            mp.percentWithinTimescale,
          ],
        ],
      ),
      {
        kind: 'paragraph',
        text: `We received ${report.compliments.received} compliments in ${y} (${report.previous.compliments.received} in ${p}). Some of what people told us, with their agreement:`,
      },
      ...report.compliments.quotations.map((quotation) => ({
        kind: 'quote' as const,
        text: quotation.quote,
        source: quotation.serviceArea ?? 'A member of the public',
      })),
    ],
  });
  if (report.code) sections.push(codeSection(report, options.selfAssessment));
  sections.push(learningSection(report, learningLabels, actionKindLabels));
  return {
    title: `${procedureTitles[report.procedure]}: annual report ${y}`,
    subtitle: options.councilName,
    sections,
  };
}
