import type { ActionKind, LearningCategory } from '../../records';
import type { AnnualReport, CodeStageFigures } from '../reportTypes';
import type { Cell, ReportSection } from './reportDocument';
import { compareRows, table } from './tables';

/** The Complaint Handling Code's figures and the complaints manager's self-assessment. */
export function codeSection(
  report: AnnualReport,
  selfAssessment: string | undefined,
): ReportSection {
  const code = report.code;
  const before = report.previous.code;
  if (code === null) throw new Error('codeSection needs the Code figures (corporate or all)');
  const rows = (
    s: CodeStageFigures,
    t: CodeStageFigures | undefined,
    limit: number,
    extended: number,
  ): Cell[][] => [
    ['Requests received', s.received, t?.received ?? null],
    ['Acknowledged', s.acknowledged, t?.acknowledged ?? null],
    ['Acknowledged within 5 working days', s.acknowledgedWithin5, t?.acknowledgedWithin5 ?? null],
    [
      'Acknowledged within 5 working days (%)',
      s.percentAcknowledgedWithin5,
      t?.percentAcknowledgedWithin5 ?? null,
    ],
    ['Responses', s.responded, t?.responded ?? null],
    [
      `Responded within ${limit} working days of acknowledgement`,
      s.withinLimit,
      t?.withinLimit ?? null,
    ],
    [
      `Responded within ${extended} working days of acknowledgement`,
      s.withinExtendedLimit,
      t?.withinExtendedLimit ?? null,
    ],
    ['Extension agreed', s.extended, t?.extended ?? null],
    [
      'Within timescale, with agreed extensions (%)',
      s.percentWithinTimescale,
      t?.percentWithinTimescale ?? null,
    ],
  ];
  const basis = `Corporate complaints: requests received in ${report.year}; responses given in ${report.year}.`;
  const cols = ['Measure', report.year, report.previous.year];
  const paragraphs = (selfAssessment ?? '')
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter((text) => text !== '');
  return {
    id: 'code',
    heading: 'The Complaint Handling Code',
    blocks: [
      table('code-stage1', 'Code: Stage 1', basis, cols, rows(code.stage1, before?.stage1, 10, 20)),
      table('code-stage2', 'Code: Stage 2', basis, cols, rows(code.stage2, before?.stage2, 20, 40)),
      { kind: 'paragraph', text: 'Self-assessment against the Code' },
      ...(paragraphs.length > 0
        ? paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))
        : [
            {
              kind: 'paragraph' as const,
              text: 'The complaints manager has not yet written the self-assessment for this year.',
            },
          ]),
    ],
    editable: true,
  };
}

/** Learning from complaints and the actions taken: "you said, we did". */
export function learningSection(
  report: AnnualReport,
  learningLabels: Record<LearningCategory, string>,
  kindLabels: Record<ActionKind, string>,
): ReportSection {
  const l = report.learning;
  const lp = report.previous.learning;
  const y = report.year;
  return {
    id: 'learning',
    heading: 'Learning and actions taken',
    blocks: [
      table(
        'learning',
        'What we learned from complaints resolved',
        `Counts complaints resolved in ${y}.`,
        ['Learning', y, report.previous.year],
        compareRows(learningLabels, l.byCategory, lp.byCategory),
      ),
      table(
        'actions',
        'Actions completed',
        `Counts actions completed in ${y}; outstanding actions were due by 31 March and are not yet done.`,
        ['Actions', y, report.previous.year],
        [
          ...compareRows(kindLabels, l.actionsCompletedByKind, lp.actionsCompletedByKind),
          ['Completed', l.actionsCompleted, lp.actionsCompleted],
          ['Outstanding', l.actionsOutstanding, lp.actionsOutstanding],
        ],
      ),
      table(
        'you-said-we-did',
        'You said, we did',
        `Actions completed in ${y}.`,
        ['You said', 'We did', 'Evidence', 'Completed'],
        l.youSaidWeDid.map((item) => [
          item.serviceArea === null ? item.youSaid : `${item.youSaid} (${item.serviceArea})`,
          item.weDid,
          item.evidence,
          item.completed,
        ]),
      ),
    ],
  };
}
