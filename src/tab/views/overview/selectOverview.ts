import { formatCount, formatPercent } from '../../../domain/format';
import type { Snapshot } from '../../../data/store';
import type { WorkingCalendar } from '../../../domain/calendar/workingCalendar';
import {
  causeLabels,
  feedbackTypeLabels,
  ombudsmanDecisionLabels,
  outcomeLabels,
  procedureLabels,
  type Cause,
  type OmbudsmanDecision,
  type Outcome,
  type Procedure,
} from '../../../domain/records';
import {
  buildAnnualReport,
  financialYearOf,
  reportCalendarOf,
  type AnnualReport,
  type ReportInput,
} from '../../../domain/reporting';
import type { IsoDate } from '../../../domain/primitives/brand';
import type { FigureRow } from '../../../ui/dashboard/FigureTable';

/** A headline figure: this year against last, already worded. */
export interface Headline {
  readonly label: string;
  readonly value: string;
  readonly compare: string;
}

/** A table of figures with a chart drawn from the same numbers. */
export interface FigureSet {
  readonly id: string;
  readonly caption: string;
  readonly rowHeader: string;
  readonly columns: readonly string[];
  readonly rows: readonly FigureRow[];
}

export interface OverviewState {
  readonly year: string;
  readonly previousYear: string;
  /** Set while last year's records are still being read: this year's figures only. */
  readonly previousYearPending?: true;
  readonly headlines: readonly Headline[];
  readonly receivedByType: FigureSet;
  readonly receivedByProcedure: FigureSet;
  readonly openByStage: FigureSet;
  readonly outcomes: FigureSet;
  readonly causes: FigureSet;
  readonly serviceAreas: FigureSet;
  readonly ombudsman: FigureSet;
}

/** Whole percentages, as councils publish them; `null` is a year with no responses yet. */
const percent = (value: number | null) => (value === null ? 'no responses' : formatPercent(value));
const count = formatCount;

/**
 * The Overview's figures for the financial year containing `today` against the year before,
 * from the same aggregation as the annual report (so the two never disagree). Volumes count
 * cases received; Stage 1 timeliness, outcomes and causes count cases resolved.
 */
export function selectOverview(
  snapshot: Snapshot,
  input: ReportInput,
  calendar: WorkingCalendar,
  today: IsoDate,
  overdueNow: number,
  /** False while only this year's records are in: this year's figures alone (`withoutPreviousYear`). */
  previousYearRead = true,
): OverviewState {
  const year = financialYearOf(today);
  const report: AnnualReport = buildAnnualReport(input, {
    year,
    procedure: 'all',
    calendar: reportCalendarOf(calendar),
    stage2ClockStart: snapshot.settings.childrenStage2ClockStart,
  });
  const last = report.previous;
  const thisYear = `${year} to date`;
  // Last year's counts from a part of its records rank and keep no row.
  const known = (values: [number, number]): [number, number] =>
    previousYearRead ? values : [values[0], 0];
  const columns = [thisYear, last.year];
  const openByStage = [0, 0, 0, 0];
  let open = 0;
  for (const { value: c } of snapshot.cases) {
    if (c.status !== 'open') continue;
    open += 1;
    if (c.type === 'complaint')
      openByStage[c.currentStage] = (openByStage[c.currentStage] ?? 0) + 1;
  }

  const state: OverviewState = {
    year,
    previousYear: last.year,
    headlines: [
      {
        label: 'Complaints received',
        value: count(report.received.complaints),
        compare: `${last.year}: ${count(last.received.complaints)}`,
      },
      {
        label: 'Stage 1 within timescale',
        value: percent(report.resolved.stage1.percentWithinTimescale),
        compare: `${last.year}: ${percent(last.resolved.stage1.percentWithinTimescale)}`,
      },
      { label: 'Open now', value: count(open), compare: 'complaints, compliments and enquiries' },
      {
        label: 'Overdue now',
        value: count(overdueNow),
        compare: overdueNow === 0 ? 'nothing is overdue' : 'see Timeliness',
      },
      {
        label: 'Compliments received',
        value: count(report.compliments.received),
        compare: `${last.year}: ${count(last.compliments.received)}`,
      },
      {
        label: 'Ombudsman decisions',
        value: count(report.ombudsman.decisions),
        compare: `${last.year}: ${count(last.ombudsman.decisions)}`,
      },
    ],
    receivedByType: {
      id: 'received-type',
      caption: 'Received, by type',
      rowHeader: 'Type',
      columns,
      rows: [
        {
          label: feedbackTypeLabels.complaint,
          values: [report.received.complaints, last.received.complaints],
        },
        {
          label: feedbackTypeLabels.compliment,
          values: [report.received.compliments, last.received.compliments],
        },
        {
          label: feedbackTypeLabels.mp_enquiry,
          values: [report.received.mpEnquiries, last.received.mpEnquiries],
        },
        {
          label: feedbackTypeLabels.comment,
          values: [report.received.comments, last.received.comments],
        },
      ],
    },
    receivedByProcedure: {
      id: 'received-procedure',
      caption: 'Complaints received, by procedure',
      rowHeader: 'Procedure',
      columns,
      rows: (Object.keys(procedureLabels) as Procedure[]).map((p) => ({
        label: procedureLabels[p],
        values: [report.received.byProcedure[p], last.received.byProcedure[p]],
      })),
    },
    openByStage: {
      id: 'open-stage',
      caption: 'Open complaints, by stage',
      rowHeader: 'Stage',
      columns: ['Open now'],
      rows: ['Early resolution', 'Stage 1', 'Stage 2', 'Stage 3'].map((label, i) => ({
        label,
        values: [openByStage[i] ?? 0],
      })),
    },
    outcomes: {
      id: 'outcomes',
      caption: 'Outcomes of complaints resolved',
      rowHeader: 'Outcome',
      columns,
      rows: [...(Object.keys(outcomeLabels) as Outcome[]), 'not_recorded' as const]
        .map((o) => ({
          label: o === 'not_recorded' ? 'Not recorded' : outcomeLabels[o],
          values: known([report.resolved.byOutcome[o], last.resolved.byOutcome[o]]),
        }))
        .filter((r) => r.values.some((v) => v > 0)),
    },
    causes: {
      id: 'causes',
      caption: 'Top causes of complaints resolved',
      rowHeader: 'Cause',
      columns,
      rows: top(
        (Object.keys(causeLabels) as Cause[]).map((c) => ({
          label: causeLabels[c],
          values: known([report.resolved.byCause[c], last.resolved.byCause[c]]),
        })),
      ),
    },
    serviceAreas: {
      id: 'service-areas',
      caption: 'Top service areas of complaints received',
      rowHeader: 'Service area',
      columns,
      rows: top(
        [
          ...new Set([
            ...Object.keys(report.received.byServiceArea),
            ...Object.keys(last.received.byServiceArea),
          ]),
        ].map((area) => ({
          label: area,
          values: known([
            report.received.byServiceArea[area] ?? 0,
            last.received.byServiceArea[area] ?? 0,
          ]),
        })),
      ),
    },
    ombudsman: {
      id: 'ombudsman',
      caption: 'Ombudsman decisions',
      rowHeader: 'Decision',
      columns,
      rows: (Object.keys(ombudsmanDecisionLabels) as OmbudsmanDecision[]).map((d) => ({
        label: ombudsmanDecisionLabels[d],
        values: [report.ombudsman.byDecision[d], last.ombudsman.byDecision[d]],
      })),
    },
  };
  return previousYearRead ? state : withoutPreviousYear(state);
}

/**
 * This year's figures alone, while last year's records are still being read (a first load
 * reads this year's first): every comparison says so instead of counting a part of the year.
 */
function withoutPreviousYear(state: OverviewState): OverviewState {
  const pending = `${state.previousYear}: still being read`;
  const thisYearOnly = (set: FigureSet): FigureSet =>
    set.columns.length < 2
      ? set
      : {
          ...set,
          columns: set.columns.slice(0, 1),
          rows: set.rows.map((row) => ({ ...row, values: row.values.slice(0, 1) })),
        };
  return {
    ...state,
    previousYearPending: true,
    headlines: state.headlines.map((h) =>
      h.compare.startsWith(`${state.previousYear}:`) ? { ...h, compare: pending } : h,
    ),
    receivedByType: thisYearOnly(state.receivedByType),
    receivedByProcedure: thisYearOnly(state.receivedByProcedure),
    openByStage: thisYearOnly(state.openByStage),
    outcomes: thisYearOnly(state.outcomes),
    causes: thisYearOnly(state.causes),
    serviceAreas: thisYearOnly(state.serviceAreas),
    ombudsman: thisYearOnly(state.ombudsman),
  };
}

/** The five largest this year (ties by name), leaving out rows that are zero in both years. */
function top(rows: readonly { label: string; values: [number, number] }[], n = 5): FigureRow[] {
  return rows
    .filter((r) => r.values[0] > 0 || r.values[1] > 0)
    .sort(
      (a, b) =>
        b.values[0] - a.values[0] || b.values[1] - a.values[1] || a.label.localeCompare(b.label),
    )
    .slice(0, n);
}
