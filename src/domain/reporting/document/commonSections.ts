import {
  actionKindLabels,
  causeLabels,
  costTypeLabels,
  learningLabels,
  ombudsmanDecisionLabels,
  isPercentFigure,
  ombudsmanYearFigures,
  ombudsmanYearLabels,
  outcomeLabels,
  partFindingLabels,
  partFindings,
  refusalReasonLabels,
  refusalReasons,
  remedyTypeLabels,
  type Cause,
  type OmbudsmanYear,
  type Outcome,
} from '../../records';
import { formatCount, formatPercent, formatUkDate } from '../../format';
import { nextYearOf } from '../financialYear';
import type {
  AnnualReport,
  Counts,
  MonitoredAction,
  ReceivedOutcomes,
  RemedyFigures,
} from '../reportTypes';
import { count, draftKeyMessages } from './keyMessages';
import { linesOf, paragraphsOf, type NarrativeTextKey, type ReportNarrative } from './narrative';
import type { ReportBlock, ReportSection } from './reportDocument';
import {
  changeOf,
  chartOfComparison,
  compareTable,
  countChange,
  countRows,
  openRows,
  percentChange,
  shareOf,
  table,
} from './tables';

/** What every section builder reads: the report, the years and the manager's narrative. */
export interface SectionContext {
  readonly report: AnnualReport;
  /** This year and last: `['2025-26', '2024-25']`. */
  readonly years: readonly [string, string];
  readonly narrative: ReportNarrative;
  readonly councilName: string;
  /** What the procedure's complaints are about, for sentences: "children's social care". */
  readonly subject: string;
}

/** A section before numbering. */
export type DraftSection = Omit<ReportSection, 'number'>;

/** A paragraph of the document. */
export const p = (text: string): ReportBlock => ({ kind: 'paragraph', text });

export const outcomeLabelsWithBlank: Record<Outcome | 'not_recorded', string> = {
  ...outcomeLabels,
  not_recorded: 'Not recorded',
};

/** "1 April 2025 to 31 March 2026". */
export const periodText = (report: AnnualReport) =>
  `${formatUkDate(report.period.from)} to ${formatUkDate(report.period.to)}`;

/** The manager's paragraphs for `key`, or one sentence saying they are still to be written. */
export function narrativeBlocks(
  ctx: SectionContext,
  key: NarrativeTextKey,
  missing: string,
): ReportBlock[] {
  const paragraphs = paragraphsOf(ctx.narrative[key]);
  return paragraphs.length > 0 ? paragraphs.map(p) : [p(missing)];
}

export function keyMessagesSection(ctx: SectionContext): DraftSection {
  const written = linesOf(ctx.narrative.keyMessages);
  return {
    id: 'key-messages',
    heading: 'Key messages',
    narrative: 'keyMessages',
    blocks: [{ kind: 'list', items: written.length > 0 ? written : draftKeyMessages(ctx.report) }],
  };
}

export function narrativeSection(
  ctx: SectionContext,
  id: string,
  heading: string,
  key: NarrativeTextKey,
  missing: string,
  after: readonly ReportBlock[] = [],
): DraftSection {
  return { id, heading, narrative: key, blocks: [...narrativeBlocks(ctx, key, missing), ...after] };
}

/** Stage 2 requests as a share of Stage 1 complaints, both received in the year. */
export function escalationTable(ctx: SectionContext): ReportBlock {
  const [y, py] = ctx.years;
  return table(
    'escalation',
    'Escalation',
    `Stage 2 requests received in ${y} as a share of Stage 1 complaints received in ${y}, and those the complaints manager made because the Stage 1 response was late.`,
    ['Measure', py, y, 'Change'],
    [
      percentChange(
        'Stage 2 requests as a share of Stage 1',
        ctx.report.received.stage2PercentOfStage1,
        ctx.report.previous.received.stage2PercentOfStage1,
      ),
      countChange(
        'Escalated by the complaints manager after delay',
        ctx.report.received.stage2AfterDelay,
        ctx.report.previous.received.stage2AfterDelay,
      ),
    ],
  );
}

/** The first section of every report: what it is for and what it meets, in paragraphs. */
export const purposeSection = (...paragraphs: readonly string[]): DraftSection => ({
  id: 'purpose',
  heading: 'Purpose of this report',
  blocks: paragraphs.map(p),
});

/** Next year's priorities, as the manager wrote them. */
export const prioritiesSection = (ctx: SectionContext): DraftSection =>
  narrativeSection(
    ctx,
    'priorities',
    `Priorities for ${nextYearOf(ctx.years[0])}`,
    'priorities',
    'The complaints manager has not yet written the priorities for next year.',
  );

/**
 * The sections that close a procedure's report, in the order committees read them:
 * compliments, costs, the Ombudsman, learning, next year's monitoring plan, the priorities
 * (not in the report for all procedures, which sets none) and the compliments appendix.
 */
export function closingSections(
  ctx: SectionContext,
  options: { readonly priorities: boolean },
): DraftSection[] {
  return [
    complimentsSection(ctx),
    costsSection(ctx),
    ombudsmanSection(ctx, 'The Local Government and Social Care Ombudsman'),
    // The statutory reports show the refusal register only when it holds refusals for the two
    // years (the regulations do not ask for it; the corporate report always has its section).
    ...(ctx.report.refusals.total + ctx.report.previous.refusals.total > 0
      ? [
          {
            id: 'refusals',
            heading: 'Complaints the council refused to accept',
            blocks: refusalBlocks(ctx),
          },
        ]
      : []),
    learningSection(ctx, 'Learning from complaints'),
    monitoringSection(ctx, nextYearOf(ctx.years[0])),
    ...(options.priorities ? [prioritiesSection(ctx)] : []),
    complimentAppendix(ctx),
  ];
}

/**
 * The refusal register's year against the year before: complaints refused by reason, the
 * total, and how many of those refusals told the person they may go to the Ombudsman (the
 * Complaint Handling Code 8.1 asks the annual report to summarise what was refused).
 */
export function refusalBlocks(ctx: SectionContext): ReportBlock[] {
  const [y, py] = ctx.years;
  const now = ctx.report.refusals;
  const before = ctx.report.previous.refusals;
  if (now.total === 0 && before.total === 0)
    return [p(`No complaint was recorded as refused in ${py} or ${y}.`)];
  return [
    table(
      'refusals-by-reason',
      'Complaints refused, by reason',
      `Counts complaints refused in ${y} (by the date refused), compared with ${py}, from the refusal register.`,
      ['Reason', py, y, 'Change'],
      [
        ...refusalReasons.map((reason) =>
          countChange(refusalReasonLabels[reason], now.byReason[reason], before.byReason[reason]),
        ),
        countChange('Total refused', now.total, before.total),
      ],
      { totalRows: 1 },
    ),
    p(
      `${now.signposted} of the ${count(now.total, 'refusals')} in ${y} told the person they could go to the Ombudsman (${before.signposted} of ${before.total} in ${py}).`,
    ),
  ];
}

/** The demand measures the manager entered, with their change on last year, and complaints as a share. */
export function demandBlocks(
  ctx: SectionContext,
  measures: readonly (readonly [keyof AnnualReport['demand']['measures'], string])[],
  shareOfLabel: string,
  shareOfMeasure: keyof AnnualReport['demand']['measures'],
  complaints: (r: AnnualReport['received']) => number,
): ReportBlock[] {
  const { report, years } = ctx;
  const d = report.demand;
  const dp = report.previous.demand;
  const entered = measures.filter(([m]) => d.measures[m] !== null || dp.measures[m] !== null);
  if (entered.length === 0) return [p(`No demand figures were entered for ${years[0]}.`)];
  const share = d.complaintsPercentOf[shareOfMeasure];
  const shareBefore = dp.complaintsPercentOf[shareOfMeasure];
  const oneDecimal = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
  const signed = (v: number | null) =>
    v === null ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}%`;
  return [
    table(
      'demand',
      'Demand on the service',
      `Figures entered by the complaints manager for each year; complaints are those received in the year.`,
      ['Measure', years[1], years[0], '% change'],
      [
        ...entered.map(([m, label]) => [
          label,
          dp.measures[m],
          d.measures[m],
          signed(d.changePercent[m]),
        ]),
        [
          `Complaints as a share of ${shareOfLabel}`,
          oneDecimal(shareBefore),
          oneDecimal(share),
          share === null || shareBefore === null
            ? '—'
            : `${share - shareBefore > 0 ? '+' : share - shareBefore < 0 ? '−' : ''}${Math.abs(share - shareBefore).toFixed(1)} points`,
        ],
      ],
    ),
    p(
      share === null
        ? `No ${shareOfLabel} figure was entered for ${years[0]}, so complaints are not shown as a share of it.`
        : `${formatCount(complaints(report.received))} complaints were ${share.toFixed(1)}% of ${shareOfLabel} (${oneDecimal(shareBefore)} in ${years[1]}).`,
    ),
  ];
}

/** The five-year trend of the figures the procedure publishes, years with no data left out. */
export function trendBlocks(
  ctx: SectionContext,
  rows: readonly (readonly [label: string, pick: (t: AnnualReport['trend'][number]) => number])[],
): ReportBlock[] {
  const withData = ctx.report.trend.filter((t) => rows.some(([, pick]) => pick(t) > 0));
  if (withData.length < 3) return [];
  const years = withData.map((t) => t.year);
  return [
    table(
      'trend',
      `The last ${years.length} years`,
      'Counts cases and stage requests received in each financial year.',
      ['Received', ...years],
      rows.map(([label, pick]) => [label, ...withData.map(pick)]),
    ),
    {
      kind: 'chart',
      id: 'trend-chart',
      title: `${rows[0]?.[0] ?? 'Complaints'} received over ${years.length} years`,
      basis: 'Counts received in each financial year.',
      unit: '',
      categories: years,
      series: [{ name: rows[0]?.[0] ?? '', values: withData.map(rows[0]?.[1] ?? (() => 0)) }],
    },
  ];
}

/** Complaints by service area, with each area's share, a total and a chart comparing years. */
export function serviceAreaBlocks(ctx: SectionContext): ReportBlock[] {
  const { report, years } = ctx;
  const rows = openRows(
    report.receivedOutcomes.byServiceArea,
    report.previous.receivedOutcomes.byServiceArea,
  );
  if (rows.length === 0) return [p(`No complaints were received in ${years[0]}.`)];
  const areas = compareTable(
    'service-areas',
    'Complaints by service area',
    `Counts complaints received in ${years[0]}, compared with ${years[1]}.`,
    years,
    'Service area',
    rows,
    { total: 'Total', share: true },
  );
  return [areas, chartOfComparison(areas, 'Complaints by service area', years)];
}

/** Statutory and corporate complaints about the procedure's services, side by side. */
export function statutoryAndCorporateBlocks(ctx: SectionContext): ReportBlock[] {
  const now = ctx.report.statutoryAndCorporate;
  const before = ctx.report.previous.statutoryAndCorporate;
  if (now === null || before === null) return [];
  const [y, py] = ctx.years;
  return [
    table(
      'statutory-and-corporate',
      `All complaints about ${ctx.subject}`,
      `Counts complaints received in each year; corporate complaints count when recorded under one of the service areas of ${ctx.subject} complaints.`,
      ['Financial year', 'Statutory complaints', 'Corporate complaints', 'Total'],
      [
        [py, before.statutory, before.corporate, before.total],
        [y, now.statutory, now.corporate, now.total],
        [
          'Change',
          changeOf(now.statutory, before.statutory),
          changeOf(now.corporate, before.corporate),
          before.total === 0
            ? changeOf(now.total, 0)
            : `${changeOf(now.total, before.total)} (${shareChange(now.total, before.total)})`,
        ],
      ],
    ),
  ];
}

/** `shareChange(216, 181)` → `+19%`. */
function shareChange(now: number, before: number): string {
  const change = formatPercent((Math.abs(now - before) * 100) / before).replace('—', '0%');
  return now >= before ? `+${change}` : `−${change}`;
}

/** Outcomes of complaints resolved in the year, with shares, a total and a chart. */
export function resolvedOutcomeBlocks(ctx: SectionContext): ReportBlock[] {
  const { report, years } = ctx;
  if (report.resolved.complaints === 0) return [p(`No complaints were resolved in ${years[0]}.`)];
  const outcomes = compareTable(
    'outcomes',
    'Outcomes of complaints resolved',
    `Counts complaints resolved (closed) in ${years[0]}, compared with ${years[1]}.`,
    years,
    'Outcome',
    countRows(
      outcomeLabelsWithBlank,
      report.resolved.byOutcome,
      report.previous.resolved.byOutcome,
    ),
    { total: 'Total', share: true },
  );
  return [outcomes, chartOfComparison(outcomes, 'Outcomes of complaints resolved', years)];
}

/** Complaints received in the year followed to 31 March: closed with an outcome, or still open. */
export function receivedOutcomeBlocks(
  ctx: SectionContext,
  id: string,
  now: ReceivedOutcomes,
  before: ReceivedOutcomes,
  what: string,
): ReportBlock[] {
  const { years } = ctx;
  if (now.complaints === 0 && before.complaints === 0)
    return [p(`No ${what} were received in ${years[0]} or ${years[1]}.`)];
  const closed = countRows(outcomeLabelsWithBlank, now.byOutcome, before.byOutcome);
  return [
    compareTable(
      id,
      `Outcomes of ${what} received in the year, at 31 March`,
      `Counts ${what} received in ${years[0]} (and ${years[1]}): those closed by the end of the year by outcome, and those still open then.`,
      years,
      'At the end of the year',
      [...closed, ['Still open', now.openAtYearEnd, before.openAtYearEnd]],
      { total: 'Total received', share: true },
    ),
  ];
}

/** What complaints were about, and for each cause how it was decided. */
export function causeBlocks(ctx: SectionContext): ReportBlock[] {
  const { report, years } = ctx;
  const rows = countRows(causeLabels, report.resolved.byCause, report.previous.resolved.byCause);
  if (rows.length === 0)
    return [p(`No causes were recorded for complaints resolved in ${years[0]}.`)];
  const causes = compareTable(
    'causes',
    'What complaints were about',
    `Counts complaints resolved in ${years[0]}; a complaint with several causes counts under each, so the shares are of the ${report.resolved.complaints} complaints resolved.`,
    years,
    'Cause',
    rows,
    { share: true, shareOfTotal: report.resolved.complaints },
  );
  const byOutcome = report.receivedOutcomes.byCauseAndOutcome;
  const causeRows = (Object.keys(causeLabels) as Cause[])
    .map((cause) => [cause, byOutcome[cause]] as const)
    .map(([cause, counts]) => [cause, counts, total(counts)] as const)
    .filter(([, , n]) => n > 0);
  const crossTab =
    causeRows.length === 0
      ? []
      : [
          table(
            'cause-outcome',
            'Each cause by outcome',
            `Complaints received in ${years[0]} and closed by 31 March, by cause; shares are of the complaints with that cause.`,
            ['Cause', 'Number', 'Upheld', 'Partly upheld', 'Not upheld', 'Other outcomes'],
            causeRows.map(([cause, counts, n]) => {
              const other = n - counts.upheld - counts.partly_upheld - counts.not_upheld;
              return [
                causeLabels[cause],
                n,
                `${counts.upheld} (${shareOf(counts.upheld, n)})`,
                `${counts.partly_upheld} (${shareOf(counts.partly_upheld, n)})`,
                `${counts.not_upheld} (${shareOf(counts.not_upheld, n)})`,
                `${other} (${shareOf(other, n)})`,
              ];
            }),
          ),
        ];
  return [causes, chartOfComparison(causes, 'What complaints were about', years), ...crossTab];
}

function total(counts: Counts<string>): number {
  let n = 0;
  for (const value of Object.values(counts)) n += value;
  return n;
}

/** Outcomes on both bases, then causes: the same section in the statutory and overall reports. */
export function outcomesSection(ctx: SectionContext): DraftSection {
  return { id: 'outcomes', heading: 'Outcomes and causes', blocks: outcomeBlocks(ctx) };
}

/** Outcomes of complaints resolved and of those received, then causes. */
export function outcomeBlocks(ctx: SectionContext): ReportBlock[] {
  const { report } = ctx;
  return [
    ...resolvedOutcomeBlocks(ctx),
    ...receivedOutcomeBlocks(
      ctx,
      'received-outcomes',
      report.receivedOutcomes,
      report.previous.receivedOutcomes,
      'complaints',
    ),
    ...causeBlocks(ctx),
    ...partBlocks(ctx),
  ];
}

/**
 * Complaints in several parts: the issues the year's complaints raised, and what was found on
 * each part of those resolved. Nothing when no complaint had parts.
 */
function partBlocks(ctx: SectionContext): ReportBlock[] {
  const { report, years } = ctx;
  const parts = report.parts;
  if (parts.inParts === 0 && parts.resolvedParts === 0) return [];
  const blocks: ReportBlock[] = [
    p(
      `The ${count(parts.complaints, 'complaints')} received in ${years[0]} raised ${count(parts.issues, 'issues')}: ${count(parts.inParts, 'complaints were')} about more than one thing, each part counted with its own service area.`,
    ),
  ];
  if (parts.resolvedParts > 0)
    blocks.push(
      table(
        'part-findings',
        'What was found on each part',
        `Counts the parts of complaints in several parts resolved in ${years[0]}; shares are of all ${formatCount(parts.resolvedParts)} parts.`,
        ['Finding', 'Parts', 'Share'],
        [...partFindings, 'not_recorded' as const]
          .filter((f) => parts.byFinding[f] > 0)
          .map((f) => [
            f === 'not_recorded' ? 'Not recorded' : partFindingLabels[f],
            parts.byFinding[f],
            shareOf(parts.byFinding[f], parts.resolvedParts),
          ]),
      ),
    );
  return blocks;
}

/**
 * What each Stage 2 investigation completed in the year found, element by element, with a
 * total (councils describe each to committee: "8 elements, 2 upheld"). Nothing when no
 * investigation's elements were recorded; only the total when there are more than a page's worth.
 */
export function stage2ElementBlocks(ctx: SectionContext): ReportBlock[] {
  const { report, years } = ctx;
  const found = report.resolved.stage2Elements;
  if (found.investigations === 0) return [];
  const each =
    found.investigations > MOST_INVESTIGATIONS_LISTED
      ? []
      : found.completed.map((e) => [
          `Answered ${formatUkDate(e.responded)}`,
          e.investigated,
          e.upheld,
          e.partlyUpheld,
          e.investigated - e.upheld - e.partlyUpheld,
        ]);
  return [
    table(
      'stage2-elements',
      'What the Stage 2 investigations found, element by element',
      `Counts the elements of the ${count(found.investigations, 'investigations at Stage 2')} completed in ${years[0]} whose elements were recorded.`,
      ['Investigation', 'Elements', 'Upheld', 'Partly upheld', 'Not upheld'],
      [...each, ['Total', found.elements, found.upheld, found.partlyUpheld, found.notUpheld]],
      { totalRows: 1 },
    ),
  ];
}

/** Beyond this many, a committee reads the total, not a row per investigation. */
const MOST_INVESTIGATIONS_LISTED = 12;

export function costsSection(ctx: SectionContext): DraftSection {
  const { report } = ctx;
  const years = Object.keys(report.costs);
  const anything = years.some((y) => (report.costs[y]?.total ?? 0) > 0);
  const rows = (Object.entries(costTypeLabels) as [keyof typeof costTypeLabels, string][])
    .filter(([type]) => years.some((y) => (report.costs[y]?.[type] ?? 0) > 0))
    .map(([type, label]) => [label, ...years.map((y) => report.costs[y]?.[type] ?? 0)]);
  return {
    id: 'costs',
    heading: 'What complaints cost',
    blocks: anything
      ? [
          table(
            'costs',
            'Costs over three years',
            'Money spent in each financial year, by the date of the cost, to the nearest pound.',
            ['Cost', ...years],
            [...rows, ['Total', ...years.map((y) => report.costs[y]?.total ?? 0)]],
            { unit: '£', totalRows: 1 },
          ),
        ]
      : [p('No complaint costs were recorded in the last three years.')],
  };
}

/**
 * The Ombudsman's own figures for the whole council, as its annual letter gives them and the
 * complaints manager entered them: only the figures entered for either year, none when no
 * figures were entered. They are the Ombudsman's counts (complaints it heard of that the
 * council never saw included), so they stand beside ours, not instead of them.
 */
function councilFiguresTable(
  current: OmbudsmanYear | undefined,
  previous: OmbudsmanYear | undefined,
  years: readonly [string, string],
): ReportBlock[] {
  const cell = (figures: OmbudsmanYear | undefined, key: (typeof ombudsmanYearFigures)[number]) => {
    const value = figures?.[key];
    if (value === undefined) return null;
    return isPercentFigure(key) ? formatPercent(value) : value;
  };
  const rows = ombudsmanYearFigures
    .filter((key) => current?.[key] !== undefined || previous?.[key] !== undefined)
    .map((key) => [
      ombudsmanYearLabels[key].replace(/ \(%\)$/, ''),
      cell(previous, key),
      cell(current, key),
    ]);
  if (rows.length === 0) return [];
  return [
    table(
      'ombudsman-council-figures',
      "The Ombudsman's figures for the council",
      `As the Ombudsman's annual letter gives them for the whole council, ${years[1]} and ${years[0]}; a dash where none was entered.`,
      ['Figure', years[1], years[0]],
      rows,
    ),
  ];
}

export function ombudsmanSection(ctx: SectionContext, heading: string): DraftSection {
  const { report, years } = ctx;
  const o = report.ombudsman;
  const op = report.previous.ombudsman;
  const decided = `Counts Ombudsman decisions made in ${years[0]}, compared with ${years[1]}.`;
  const findings = ctx.narrative.ombudsmanFindings.flatMap((f): ReportBlock[] => [
    p(`The Ombudsman found: ${f.found}`),
    p(`We did: ${f.weDid}`),
  ]);
  const trend = report.trend.filter((t) => t.ombudsmanDecisions > 0);
  const letter = councilFiguresTable(o.councilFigures, op.councilFigures, years);
  const blocks: ReportBlock[] =
    o.decisions === 0 && o.enquiriesReceived === 0
      ? [p(`The Ombudsman made no decisions on ${ctx.subject} complaints in ${years[0]}.`)]
      : [
          compareTable(
            'ombudsman-decisions',
            'Ombudsman decisions',
            decided,
            years,
            'Decision',
            countRows(ombudsmanDecisionLabels, o.byDecision, op.byDecision),
            { total: 'Decisions' },
          ),
          table(
            'ombudsman-rates',
            'Uphold rates',
            decided,
            ['Measure', years[1], years[0], 'Change'],
            [
              countChange('Enquiries received', o.enquiriesReceived, op.enquiriesReceived),
              percentChange(
                'Upheld, of those investigated',
                o.upheldPercentOfInvestigated,
                op.upheldPercentOfInvestigated,
              ),
              countChange(
                'Upheld where we had not upheld the complaint',
                o.upheldWhereCouncilHadNot,
                op.upheldWhereCouncilHadNot,
              ),
              percentChange(
                'Actual uphold rate (of all decisions)',
                o.actualUpholdPercent,
                op.actualUpholdPercent,
              ),
              // Only the children's procedure has a Stage 3 to go straight past.
              ...(report.procedure === 'children_statutory' || report.procedure === 'all'
                ? [
                    countChange(
                      'Referred early, straight after Stage 2',
                      o.earlyReferrals,
                      op.earlyReferrals,
                    ),
                  ]
                : []),
              countChange(
                'After our final response (every stage used)',
                o.afterFinalResponse,
                op.afterFinalResponse,
              ),
              countChange('Fault causing injustice', o.withInjustice, op.withInjustice),
              countChange('Issued as public reports', o.publicReports, op.publicReports),
              countChange('Remedies due in the year', o.complianceDue, op.complianceDue),
              countChange('Remedies complied with on time', o.compliedOnTime, op.compliedOnTime),
            ],
          ),
          ...(countRows(remedyTypeLabels, o.byRemedy, op.byRemedy).length > 0
            ? [
                compareTable(
                  'ombudsman-remedies',
                  'Remedies the Ombudsman asked for',
                  decided,
                  years,
                  'Remedy',
                  countRows(remedyTypeLabels, o.byRemedy, op.byRemedy),
                ),
              ]
            : []),
          ...(Object.keys(o.byServiceArea).some((area) => area !== 'Not recorded')
            ? [
                compareTable(
                  'ombudsman-services',
                  'Ombudsman decisions by service area',
                  decided,
                  years,
                  'Service area',
                  openRows(o.byServiceArea, op.byServiceArea),
                  { total: 'Decisions' },
                ),
              ]
            : []),
          table(
            'ombudsman-payments',
            'Payments the Ombudsman recommended',
            decided,
            ['Payments', years[1], years[0]],
            [['Remedy payments', op.remedyPayments, o.remedyPayments]],
            { unit: '£' },
          ),
          ...(trend.length >= 3
            ? [
                table(
                  'ombudsman-trend',
                  'Ombudsman decisions over the years',
                  'Counts decisions by the date the Ombudsman made them.',
                  ['Decisions', ...trend.map((t) => t.year)],
                  [
                    ['Decisions', ...trend.map((t) => t.ombudsmanDecisions)],
                    ['Upheld', ...trend.map((t) => t.ombudsmanUpheld)],
                  ],
                ),
              ]
            : []),
        ];
  return { id: 'ombudsman', heading, blocks: [...letter, ...blocks, ...findings] };
}

export function complimentsSection(ctx: SectionContext): DraftSection {
  const { report, years } = ctx;
  const c = report.compliments;
  const cp = report.previous.compliments;
  const m = report.mpEnquiries;
  const mp = report.previous.mpEnquiries;
  const blocks: ReportBlock[] = [];
  if (c.received === 0 && cp.received === 0)
    blocks.push(p(`No compliments were recorded in ${years[0]} or ${years[1]}.`));
  else {
    blocks.push(
      p(`${c.received} compliments were received in ${years[0]} (${cp.received} in ${years[1]}).`),
    );
    const rows = openRows(c.byServiceArea, cp.byServiceArea);
    blocks.push(
      compareTable(
        'compliments',
        'Compliments by service area',
        `Counts compliments received in ${years[0]}, compared with ${years[1]}.`,
        years,
        'Service area',
        rows,
        { total: 'Total', share: true },
      ),
    );
  }
  if (m.received === 0 && mp.received === 0)
    blocks.push(p(`No MP enquiries were recorded in ${years[0]} or ${years[1]}.`));
  else {
    blocks.push(
      compareTable(
        'mp-enquiries',
        'MP enquiries by service area',
        `Counts enquiries received in ${years[0]}, compared with ${years[1]}.`,
        years,
        'Service area',
        openRows(m.byServiceArea, mp.byServiceArea),
        { total: 'Total', share: true },
      ),
      table(
        'mp-timeliness',
        'MP enquiries answered',
        `Counts answers given in ${years[0]}.`,
        ['MP enquiries', years[1], years[0]],
        [
          ['Answered', mp.responded, m.responded],
          ['Within the service standard', mp.respondedWithinTimescale, m.respondedWithinTimescale],
          [
            'Within the service standard (%)',
            formatPercent(mp.percentWithinTimescale),
            formatPercent(m.percentWithinTimescale),
          ],
        ],
      ),
    );
  }
  return { id: 'compliments', heading: 'Compliments and MP enquiries', blocks };
}

/**
 * Putting things right for the complainant: the remedies promised for a date in the year and
 * whether they were done by it (Complaint Handling Code 6.6, 7.3), this year beside last.
 */
function remediesBlock(
  r: RemedyFigures,
  before: RemedyFigures,
  years: readonly [string, string],
): ReportBlock {
  if (r.due === 0 && before.due === 0)
    return p(`No remedies for complainants were due in ${years[0]} or ${years[1]}.`);
  return compareTable(
    'remedies',
    'Putting things right for complainants',
    `Counts remedies (an apology, a payment, a repair or other action promised to the complainant) by the date promised; "still to do" is as at the date of this report.`,
    years,
    'Remedies due',
    [
      ['Done by the date promised', r.doneByDate, before.doneByDate],
      ['Done after the date promised', r.doneLate, before.doneLate],
      ['Still to do', r.stillToDo, before.stillToDo],
      ['Cancelled', r.cancelled, before.cancelled],
    ],
    { total: 'Total due' },
  );
}

/** Learning: the manager's account, the featured examples, the learning analysis and actions. */
export function learningSection(ctx: SectionContext, heading: string): DraftSection {
  const { report, years } = ctx;
  const l = report.learning;
  const lp = report.previous.learning;
  const featured = ctx.narrative.featured;
  const learningRows = countRows(learningLabels, l.byCategory, lp.byCategory);
  const kinds = countRows(actionKindLabels, l.actionsCompletedByKind, lp.actionsCompletedByKind);
  const blocks: ReportBlock[] = [
    ...narrativeBlocks(
      ctx,
      'learning',
      `The complaints manager has not yet written about what was learned in ${years[0]}.`,
    ),
    ...(featured.length > 0
      ? [
          table(
            'you-said-we-did',
            'You said, we did',
            'Examples chosen by the complaints manager.',
            ['You said', 'We did'],
            featured.map((f) => [f.youSaid, f.weDid]),
          ),
        ]
      : [
          p(
            `No "you said, we did" examples have been chosen yet; ${count(l.actionsCompleted, 'actions were completed')} in ${years[0]}.`,
          ),
        ]),
    learningRows.length > 0
      ? compareTable(
          'learning',
          'What complaints resolved showed',
          `Counts complaints resolved in ${years[0]}; a complaint may show more than one.`,
          years,
          'Learning',
          learningRows,
        )
      : p(`No learning categories were recorded for complaints resolved in ${years[0]}.`),
    kinds.length > 0
      ? compareTable(
          'actions',
          'Actions completed',
          `Counts actions completed in ${years[0]}.`,
          years,
          'Kind of action',
          kinds,
          { total: 'Total' },
        )
      : p(`No actions from complaints were completed in ${years[0]}.`),
    remediesBlock(l.remedies, lp.remedies, years),
  ];
  if (l.fromOmbudsman.length > 0)
    blocks.push(
      table(
        'ombudsman-learning',
        'Learning from Ombudsman decisions',
        `Actions completed in ${years[0]} on complaints the Ombudsman decided.`,
        ['Complaint about', 'What we did', 'Completed'],
        l.fromOmbudsman.map((a) => [
          a.serviceArea ?? a.youSaid,
          a.weDid,
          formatUkDate(a.completed),
        ]),
      ),
    );
  return { id: 'learning', heading, narrative: 'learning', blocks };
}

/**
 * Next year's monitoring plan: every open action by deadline, each with its state in words, so
 * a committee sees which promises were already missed without relying on colour. An action is
 * overdue when its deadline fell on or before the year end and it is still open, the same line
 * as the learning section's "outstanding" count.
 */
export function monitoringSection(ctx: SectionContext, nextYear: string): DraftSection {
  const plan = ctx.report.learning.monitoringPlan;
  const yearEnd = ctx.report.period.to;
  const states = plan.map((a) => monitoredState(a, yearEnd));
  const overdue = states.filter((state) => state === 'Overdue').length;
  return {
    id: 'monitoring',
    heading: `Monitoring plan for ${nextYear}`,
    blocks:
      plan.length === 0
        ? [p('No actions from complaints are open.')]
        : [
            p(
              overdue === 0
                ? `No open action had passed its deadline at ${formatUkDate(yearEnd)}.`
                : `${overdue} of the ${plan.length} open ${plan.length === 1 ? 'action' : 'actions'} ${overdue === 1 ? 'was' : 'were'} past ${overdue === 1 ? 'its' : 'their'} deadline at ${formatUkDate(yearEnd)}, marked “Overdue” in the table.`,
            ),
            table(
              'monitoring',
              'Actions still open',
              `Every action from a complaint not yet done, by deadline; “Overdue” where the deadline fell on or before ${formatUkDate(yearEnd)}.`,
              ['Action', 'Owner', 'Deadline for completion', 'State', 'Service area'],
              plan.map((a, i) => [
                a.action,
                a.owner,
                formatUkDate(a.due),
                states[i]!,
                a.serviceArea ?? '—',
              ]),
            ),
          ],
  };
}

/** An open action's state at the year end, in words: overdue once its deadline has passed. */
function monitoredState(a: MonitoredAction, yearEnd: string): string {
  if (a.due <= yearEnd) return 'Overdue';
  return a.status === 'in_progress' ? 'In progress' : 'Not started';
}

export function complimentAppendix(ctx: SectionContext): DraftSection {
  const quotes = ctx.report.compliments.quotations;
  return {
    id: 'compliment-quotes',
    heading: 'Compliments received',
    appendix: true,
    blocks:
      quotes.length === 0
        ? [p(`No compliments received in ${ctx.years[0]} were cleared for publication.`)]
        : quotes.map((q) => ({
            kind: 'quote' as const,
            text: q.quote,
            source: q.serviceArea ?? 'A member of the public',
          })),
  };
}
