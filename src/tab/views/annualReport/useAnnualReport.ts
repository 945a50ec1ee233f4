import { useMemo, useState } from 'react';
import type { Snapshot } from '../../../data/store';
import type { DemandFigure } from '../../../domain/records';
import {
  buildAnnualReport,
  buildReportDocument,
  draftKeyMessages,
  emptyNarrative,
  financialYearOf,
  previousYearOf,
  reportCalendarOf,
  type AnnualReport,
  type NarrativeTextKey,
  type ReportDocument,
  type ReportNarrative,
  type ReportProcedure,
} from '../../../domain/reporting';
import type { IsoDate } from '../../../domain/primitives/brand';
import { calendarOf } from '../../data/derived';

export interface AnnualReportState {
  readonly year: string;
  readonly years: readonly string[];
  readonly procedure: ReportProcedure;
  readonly report: AnnualReport;
  readonly document: ReportDocument;
  /** What the manager has written for this year and procedure. */
  readonly narrative: ReportNarrative;
  /** The key messages drafted from the figures, one a line, for the manager to start from. */
  readonly draftedKeyMessages: string;
  setYear(year: string): void;
  setProcedure(procedure: ReportProcedure): void;
  setNarrativeText(key: NarrativeTextKey, text: string): void;
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
): AnnualReportState {
  const current = financialYearOf(today);
  const years = useMemo(() => {
    const list = [current];
    for (let i = 0; i < 6; i += 1) list.push(previousYearOf(list[list.length - 1] as string));
    return list;
  }, [current]);
  const [year, setYear] = useState(() => previousYearOf(current));
  const [procedure, setProcedure] = useState<ReportProcedure>('all');
  // Kept per year and procedure, so switching between them loses nothing written.
  const [narratives, setNarratives] = useState<ReadonlyMap<string, ReportNarrative>>(new Map());
  const narrativeKey = `${year} ${procedure}`;
  const narrative = narratives.get(narrativeKey) ?? emptyNarrative();
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
      actions: snapshot.actions.map((s) => s.value),
      demand: [
        ...snapshot.demand.map((s) => s.value).filter((d) => !saved.has(`${d.year} ${d.measure}`)),
        ...savedDemand,
      ],
    };
  }, [snapshot, savedDemand]);
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
    () => buildReportDocument(report, { councilName: settings.councilName, narrative }),
    [report, settings.councilName, narrative],
  );
  const setNarrativeText = (key: NarrativeTextKey, text: string) =>
    setNarratives((before) => {
      const next = new Map(before);
      next.set(narrativeKey, { ...(before.get(narrativeKey) ?? emptyNarrative()), [key]: text });
      return next;
    });
  return {
    year,
    years,
    procedure,
    report,
    document,
    narrative,
    draftedKeyMessages: draftKeyMessages(report).join('\n'),
    setYear,
    setProcedure,
    setNarrativeText,
  };
}
