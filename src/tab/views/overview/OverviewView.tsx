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
  // Kept for the next visit to show at once; figures only, so nothing personal is written.
  useEffect(() => {
    data.keep(keptOverviewOf(state, notReferred, today, Date.now()));
  }, [data, state, notReferred, today]);
  return <OverviewFigures state={state} notReferred={notReferred} showCases={showCases} />;
}
