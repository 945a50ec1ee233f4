import { useMemo } from 'react';
import { useKeptState } from '../../data/viewMemory';
import type { FeedbackStore, Snapshot } from '../../../data/store';
import type { DemandFigure, OmbudsmanCase } from '../../../domain/records';
import {
  buildAnnualReport,
  buildReportDocument,
  draftKeyMessages,
  financialYearOf,
  isInPeriod,
  linkedScope,
  periodOf,
  previousYearOf,
  reportCalendarOf,
  type AnnualReport,
  type ReportDocument,
  type ReportProcedure,
} from '../../../domain/reporting';
import type { IsoDate } from '../../../domain/primitives/brand';
import { calendarOf } from '../../data/derived';
import { useNarrativeDrafts, type NarrativeDrafts } from './useNarrativeDrafts';
import { useEqualityAnswers } from './useEqualityAnswers';
import { useOmbudsmanYears, type OmbudsmanYearsState } from './useOmbudsmanYears';

export interface AnnualReportState {
  readonly year: string;
  readonly years: readonly string[];
  readonly procedure: ReportProcedure;
  readonly report: AnnualReport;
  readonly document: ReportDocument;
  /** What the manager has written for this year and procedure, and its saving. */
  readonly narrative: NarrativeDrafts;
  /** The Ombudsman's own figures for the council, this year and last, and their saving. */
  readonly ombudsmanYears: OmbudsmanYearsState;
  /** The Ombudsman's decisions made in the year that count in this report, newest first. */
  readonly ombudsmanDecided: readonly OmbudsmanCase[];
  /** The key messages drafted from the figures, one a line, for the manager to start from. */
  readonly draftedKeyMessages: string;
  setYear(year: string): void;
  setProcedure(procedure: ReportProcedure): void;
}

/**
 * The view state of the Annual report: the chosen year (by default the last complete
 * financial year) and procedure, the report and its document. `savedDemand` holds demand
 * figures saved in this view, shown at once, before the shared data refreshes.
 */
export function useAnnualReport(
  snapshot: Snapshot,
  today: IsoDate,
  savedDemand: readonly DemandFigure[],
  store: FeedbackStore,
): AnnualReportState {
  const current = financialYearOf(today);
  const years = useMemo(() => {
    const list = [current];
    for (let i = 0; i < 6; i += 1) list.push(previousYearOf(list[list.length - 1] as string));
    return list;
  }, [current]);
  // Kept with the drafts, so coming back to the view shows the report that was being written.
  const [year, setYear] = useKeptState('annual-report.year', () => previousYearOf(current));
  const [procedure, setProcedure] = useKeptState<ReportProcedure>('annual-report.procedure', 'all');
  const narrative = useNarrativeDrafts(store, year, procedure);
  const ombudsmanYears = useOmbudsmanYears(store, year);
  const equality = useEqualityAnswers(store);
  const { byYear } = ombudsmanYears;
  const { settings } = snapshot;
  // The same calendar as every other view (the uploaded bank-holiday feed included), so the
  // report and the Overview never disagree.
  const calendar = useMemo(() => reportCalendarOf(calendarOf(settings)), [settings]);
  const input = useMemo(() => {
    const saved = new Set(savedDemand.map((d) => `${d.year} ${d.measure}`));
    return {
      cases: snapshot.cases.map((s) => s.value),
      stages: snapshot.stages.map((s) => s.value),
      ombudsman: snapshot.ombudsman.map((s) => s.value),
      costs: snapshot.costs.map((s) => s.value),
      refusals: snapshot.refusals.map((s) => s.value),
      actions: snapshot.actions.map((s) => s.value),
      demand: [
        ...snapshot.demand.map((s) => s.value).filter((d) => !saved.has(`${d.year} ${d.measure}`)),
        ...savedDemand,
      ],
      ombudsmanYears: Object.values(byYear).flatMap((s) => (s ? [s.value] : [])),
      ...(equality ? { equality } : {}),
    };
  }, [snapshot, savedDemand, byYear, equality]);
  const report = useMemo(
    () =>
      buildAnnualReport(input, {
        year,
        procedure,
        calendar,
        stage2ClockStart: settings.childrenStage2ClockStart,
      }),
    [input, year, procedure, calendar, settings.childrenStage2ClockStart],
  );
  const document = useMemo(
    () =>
      buildReportDocument(report, {
        councilName: settings.councilName,
        narrative: narrative.narrative,
      }),
    [report, settings.councilName, narrative.narrative],
  );
  const ombudsmanDecided = useMemo(() => {
    const scope = linkedScope(input, procedure);
    const period = periodOf(year);
    return input.ombudsman
      .filter((o) => o.decision !== undefined && isInPeriod(o.decided, period) && scope.belongs(o))
      .sort((a, b) => ((a.decided ?? '') < (b.decided ?? '') ? 1 : -1));
  }, [input, procedure, year]);
  return {
    year,
    years,
    ombudsmanDecided,
    procedure,
    report,
    document,
    narrative,
    ombudsmanYears,
    draftedKeyMessages: draftKeyMessages(report).join('\n'),
    setYear,
    setProcedure,
  };
}
