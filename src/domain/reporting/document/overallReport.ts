import { procedureLabels, type Procedure } from '../../records';
import {
  closingSections,
  keyMessagesSection,
  outcomesSection,
  periodText,
  purposeSection,
  serviceAreaBlocks,
  trendBlocks,
  type DraftSection,
  type SectionContext,
} from './commonSections';
import { profileSection } from './profileSection';
import { chartOfComparison, compareTable, type CountRow } from './tables';

/**
 * Every procedure together, for the council's own overview: volumes by procedure, outcomes,
 * the Ombudsman, costs and learning. It meets no regulation by itself (each procedure's
 * report does), so it has no stage timeliness tables: each procedure measures time its own way.
 */
export function overallSections(ctx: SectionContext): DraftSection[] {
  const { report, years } = ctx;
  const [y, py] = years;
  const r = report.received;
  const q = report.previous.received;
  const procedures = Object.entries(procedureLabels) as [Procedure, string][];
  const byProcedure = compareTable(
    'procedures',
    'Complaints by procedure',
    `Counts complaints received in ${y}, compared with ${py}.`,
    years,
    'Procedure',
    procedures.map(([key, label]): CountRow => [label, r.byProcedure[key], q.byProcedure[key]]),
    { total: 'Total', share: true },
  );
  const feedback = compareTable(
    'volumes',
    'Feedback received',
    `Counts cases received in ${y}, compared with ${py}.`,
    years,
    'Received',
    [
      ['Complaints', r.complaints, q.complaints],
      ['Compliments', r.compliments, q.compliments],
      ['MP enquiries', r.mpEnquiries, q.mpEnquiries],
      ['Comments and queries', r.comments, q.comments],
    ],
    { total: 'Total' },
  );
  return [
    purposeSection(
      `This report brings together the complaints, compliments and MP enquiries ${ctx.councilName} received from ${periodText(report)}, under every procedure, compared with ${py}. Each procedure's own report meets its regulation or the Complaint Handling Code.`,
    ),
    keyMessagesSection(ctx),
    {
      id: 'received',
      heading: 'Feedback received',
      blocks: [
        feedback,
        chartOfComparison(feedback, 'Feedback received', years),
        byProcedure,
        ...trendBlocks(ctx, [
          ['Complaints', (t) => t.complaints],
          ['Compliments', (t) => t.compliments],
          ['MP enquiries', (t) => t.mpEnquiries],
        ]),
        ...serviceAreaBlocks(ctx),
      ],
    },
    profileSection(ctx, true),
    outcomesSection(ctx),
    ...closingSections(ctx, { priorities: false }),
  ];
}
