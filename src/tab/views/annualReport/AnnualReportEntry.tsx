import AnnualReportView from './AnnualReportView';
import { useTabEnvironment } from '../../TabContext';
import type { ViewProps } from '../viewNames';

/**
 * The Annual report tab: the report view of the annual-report work, given the tab's snapshot,
 * store and date. This module is its own chunk, loaded when the tab is first opened.
 */
export default function AnnualReportEntry({ snapshot }: ViewProps) {
  const { store, today } = useTabEnvironment();
  return <AnnualReportView snapshot={snapshot} store={store} today={today} />;
}
