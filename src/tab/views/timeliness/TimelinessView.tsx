import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { CaseReference } from '../../../domain/shared/brand';
import { Pager } from '../../../ui/dashboard/Pager';
import { StatusText, type StatusTone } from '../../../ui/dashboard/StatusText';
import { ViewSection } from '../../components/ViewSection';
import { useTabEnvironment } from '../../TabContext';
import { useRenderMark } from '../../data/useReadyMark';
import type { ViewProps } from '../viewNames';
import { CasePanel } from './CasePanel';
import { openStatusLabels, type TimelinessRow } from '../../data/openCaseRows';
import { TimelinessFilters } from './TimelinessFilters';
import { useTimeliness } from './useTimeliness';

const tones: Record<TimelinessRow['status'], StatusTone> = {
  overdue: 'danger',
  due_soon: 'warning',
  on_track: 'success',
  paused: 'informative',
  none: 'subtle',
};

/** Every open case with its next due date, filterable; a case opens its timeline. */
export default function TimelinessView({ snapshot, openCase, openedCase }: ViewProps) {
  const { today } = useTabEnvironment();
  const state = useTimeliness(snapshot, today);
  useRenderMark('timeliness', state.page);
  const { overdue, due_soon: dueSoon } = state.counts;
  return (
    <>
      <ViewSection title="Open cases" id="timeliness-heading">
        <Text>
          {state.total.toLocaleString('en-GB')} open: {overdue.toLocaleString('en-GB')} overdue,{' '}
          {dueSoon.toLocaleString('en-GB')} due within 2 working days. Working days exclude
          weekends, bank holidays and closure days.
        </Text>
        <TimelinessFilters
          filters={state.filters}
          options={state.options}
          onChange={state.setFilter}
          onClear={state.clearFilters}
        />
        <CaseTable rows={state.page.rows} onOpen={openCase} />
        <Pager noun="open cases" {...state.page} onPage={state.setPage} />
      </ViewSection>
      {openedCase ? (
        <CasePanel snapshot={snapshot} reference={openedCase} onClose={() => openCase(undefined)} />
      ) : null}
    </>
  );
}

function CaseTable(props: {
  readonly rows: readonly TimelinessRow[];
  readonly onOpen: (reference: CaseReference) => void;
}) {
  return (
    <Table size="small" aria-label="Open cases">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Case</TableHeaderCell>
          <TableHeaderCell scope="col">Type</TableHeaderCell>
          <TableHeaderCell scope="col">Procedure</TableHeaderCell>
          <TableHeaderCell scope="col">Stage</TableHeaderCell>
          <TableHeaderCell scope="col">Service area</TableHeaderCell>
          <TableHeaderCell scope="col">Owner</TableHeaderCell>
          <TableHeaderCell scope="col">Next due</TableHeaderCell>
          <TableHeaderCell scope="col">Due date</TableHeaderCell>
          <TableHeaderCell scope="col">Working days left</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r) => (
          <TableRow key={r.stored.itemId}>
            <TableCell>
              <Link as="button" onClick={() => props.onOpen(r.reference as CaseReference)}>
                {r.reference}
              </Link>
            </TableCell>
            <TableCell>{r.typeLabel}</TableCell>
            <TableCell>{r.procedureLabel}</TableCell>
            <TableCell>{r.stageLabel}</TableCell>
            <TableCell>{r.serviceArea || '—'}</TableCell>
            <TableCell>{r.owner || '—'}</TableCell>
            <TableCell>{r.nextEvent}</TableCell>
            <TableCell>{r.due ?? '—'}</TableCell>
            <TableCell>{r.workingDaysLeft ?? '—'}</TableCell>
            <TableCell>
              <StatusText tone={tones[r.status]}>
                {r.status === 'none' ? 'No fixed timescale' : openStatusLabels[r.status]}
              </StatusText>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
