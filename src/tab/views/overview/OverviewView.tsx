import { useEffect } from 'react';
import { countNotReferred } from '../../data/openCaseRows';
import { openCaseRows } from '../../data/openCases';
import { useTabEnvironment } from '../../TabContext';
import { useReadyMark } from '../../data/useReadyMark';
import type { ViewProps } from '../viewNames';
import { keptOverviewOf } from './keptOverview';
import { OverviewFigures } from './OverviewFigures';
import { useOverview } from './useOverview';

/** Headline figures for this financial year against last, each chart with its table. */
export default function OverviewView({ snapshot, showCases }: ViewProps) {
  const { today, data } = useTabEnvironment();
  const state = useOverview(snapshot, today);
  // Every open case is in the recent records the Overview first reads, so this is whole at once.
  const notReferred = countNotReferred(openCaseRows(snapshot, today));
  useReadyMark('overview');
  // Up to date with SharePoint: the mark a re-open's kept figures (KeptOverviewView) do not set.
  useReadyMark('overview-current');
  const whole = !state.previousYearPending;
  // Last year's figures beside this year's (a first load reads this year's first).
  useReadyMark('overview-compared', whole);
  // Kept for the next visit to show at once once whole; figures only, nothing personal.
  useEffect(() => {
    if (whole) data.keep(keptOverviewOf(state, notReferred, today, Date.now()));
  }, [data, state, notReferred, today, whole]);
  return <OverviewFigures state={state} notReferred={notReferred} showCases={showCases} />;
}
