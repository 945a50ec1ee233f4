import { Link, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CaseReference } from '../../../domain/primitives/brand';
import { formatCount, formatUkDate, formatWorkingDaysLeft } from '../../../domain/format';
import { DataTable, type DataColumn } from '../../../ui/dashboard/DataTable';
import { Pager } from '../../../ui/dashboard/Pager';
import { StatusText, type StatusTone } from '../../../ui/dashboard/StatusText';
import { useSortedPage } from '../../../ui/dashboard/useSortedPage';
import { caseLinkId, useFocusBack } from '../../components/focusBack';
import { ViewSection } from '../../components/ViewSection';
import { useTabEnvironment } from '../../TabContext';
import { useRenderMark } from '../../data/useReadyMark';
import type { ViewProps } from '../viewNames';
import { CasePanel } from './CasePanel';
import {
  openStatusLabels,
  safeguardingLabels,
  type SafeguardingState,
  type TimelinessRow,
} from '../../data/openCaseRows';
import { TimelinessFilters } from './TimelinessFilters';
import { TIMELINESS_PAGE_SIZE, useTimeliness } from './useTimeliness';

const tones: Record<TimelinessRow['status'], StatusTone> = {
  overdue: 'danger',
  due_soon: 'warning',
  on_track: 'success',
  paused: 'informative',
  none: 'subtle',
};

const safeguardingTones: Record<SafeguardingState, StatusTone> = {
  not_referred: 'danger',
  referred: 'warning',
  none: 'subtle',
};

/** Orders the flag column: no referral recorded first, then referred, then not flagged. */
const safeguardingOrder: Record<SafeguardingState, number> = {
  not_referred: 0,
  referred: 1,
  none: 2,
};

const statusOrder: Record<TimelinessRow['status'], number> = {
  overdue: 0,
  due_soon: 1,
  on_track: 2,
  paused: 3,
  none: 4,
};

/** Every open case with its next due date, filterable and sortable; a case opens its timeline. */
export default function TimelinessView({
  snapshot,
  openCase,
  openedCase,
  caseOpener,
  casesFilter,
}: ViewProps) {
  const { today } = useTabEnvironment();
  const state = useTimeliness(snapshot, today, casesFilter);
  const focusBack = useFocusBack();
  const columns = useMemo(() => caseColumns(openCase), [openCase]);
  const table = useSortedPage(
    state.filtered,
    columns,
    TIMELINESS_PAGE_SIZE,
    JSON.stringify(state.filters),
  );
  useRenderMark('timeliness', table.page);
  const { overdue, due_soon: dueSoon } = state.counts;
  return (
    <>
      <ViewSection title="Open cases" id="timeliness-heading">
        <Text>
          {formatCount(state.total)} open: {formatCount(overdue)} overdue, {formatCount(dueSoon)}{' '}
          due within 2 working days. Working days exclude weekends, bank holidays and closure days.
        </Text>
        <TimelinessFilters
          filters={state.filters}
          options={state.options}
          onChange={state.setFilter}
          onClear={state.clearFilters}
        />
        <DataTable
          label="Open cases"
          columns={columns}
          rows={table.page.rows}
          rowKey={(r) => r.stored.itemId}
          sort={table.sort}
          onSort={table.onSort}
          isCurrent={(r) => r.reference === openedCase}
        />
        <Pager noun="open cases" {...table.page} onPage={table.setPage} />
      </ViewSection>
      {openedCase ? (
        <CasePanel
          snapshot={snapshot}
          reference={openedCase}
          onClose={() => {
            openCase(undefined);
            focusBack(caseOpener ?? caseLinkId(openedCase), 'timeliness-heading');
          }}
        />
      ) : null}
    </>
  );
}

function caseColumns(
  onOpen: (reference: CaseReference) => void,
): readonly DataColumn<TimelinessRow>[] {
  return [
    {
      id: 'case',
      header: 'Case',
      sortValue: (r) => r.reference,
      cell: (r) => (
        <Link
          as="button"
          id={caseLinkId(r.reference)}
          onClick={() => onOpen(r.reference as CaseReference)}
        >
          {r.reference}
        </Link>
      ),
    },
    {
      id: 'safeguarding',
      header: 'Safeguarding',
      sortValue: (r) => safeguardingOrder[r.safeguarding],
      cell: (r) =>
        r.safeguarding === 'none' ? (
          'Not flagged'
        ) : (
          <StatusText tone={safeguardingTones[r.safeguarding]}>
            {safeguardingLabels[r.safeguarding]}
          </StatusText>
        ),
    },
    { id: 'type', header: 'Type', sortValue: (r) => r.typeLabel, cell: (r) => r.typeLabel },
    {
      id: 'procedure',
      header: 'Procedure',
      sortValue: (r) => (r.procedure === 'none' ? undefined : r.procedureLabel),
      cell: (r) => r.procedureLabel,
    },
    {
      id: 'stage',
      header: 'Stage',
      sortValue: (r) => (r.stageLabel === '—' ? undefined : r.stage),
      cell: (r) => r.stageLabel,
    },
    {
      id: 'service-area',
      header: 'Service area',
      sortValue: (r) => r.serviceArea,
      cell: (r) => r.serviceArea || '—',
    },
    { id: 'owner', header: 'Owner', sortValue: (r) => r.owner, cell: (r) => r.owner || '—' },
    { id: 'next', header: 'Next due', sortValue: (r) => r.nextEvent, cell: (r) => r.nextEvent },
    {
      id: 'due',
      header: 'Due date',
      sortValue: (r) => r.due,
      cell: (r) => (r.due ? formatUkDate(r.due) : '—'),
    },
    {
      id: 'days-left',
      header: 'Time left',
      sortValue: (r) => r.workingDaysLeft,
      cell: (r) =>
        r.workingDaysLeft === undefined ? '—' : formatWorkingDaysLeft(r.workingDaysLeft),
    },
    {
      id: 'status',
      header: 'Status',
      sortValue: (r) => statusOrder[r.status],
      cell: (r) => (
        <StatusText tone={tones[r.status]}>
          {r.status === 'none' ? 'No fixed timescale' : openStatusLabels[r.status]}
        </StatusText>
      ),
    },
  ];
}
