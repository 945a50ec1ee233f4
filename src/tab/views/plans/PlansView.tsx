import { Button, Field, Link, Select, Text } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { formatUkDate } from '../../../domain/format';
import { DataTable, type DataColumn } from '../../../ui/dashboard/DataTable';
import { Pager } from '../../../ui/dashboard/Pager';
import { StatusText, type StatusTone } from '../../../ui/dashboard/StatusText';
import { useSortedPage } from '../../../ui/dashboard/useSortedPage';
import { planLinkId, useFocusBack } from '../../components/focusBack';
import { Toolbar, ViewSection } from '../../components/ViewSection';
import type { ViewProps } from '../viewNames';
import { useTabEnvironment } from '../../TabContext';
import { useSiteRoles } from '../../data/useSiteRoles';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanDrawer } from './PlanDrawer';
import {
  filterPlanRows,
  noPlanFilters,
  planHeadsOfService,
  planStateChoices,
  type PlanFilters,
} from './planFilters';
import type { PlanRow } from './selectPlans';
import { usePlans } from './usePlans';

export const PLANS_PAGE_SIZE = 25;

const stateTones: Record<PlanRow['state'], StatusTone> = {
  submitted: 'warning',
  completed: 'warning',
  returned: 'danger',
  closed: 'success',
  draft: 'subtle',
  signed_off: 'subtle',
};

/** Action plans: the list by what needs doing, filterable and sortable; a plan opens in a drawer. */
export default function PlansView({ snapshot }: ViewProps) {
  const { today } = useTabEnvironment();
  const roles = useSiteRoles();
  const state = usePlans(snapshot, roles, today);
  const [creating, setCreating] = useState(false);
  const [filters, setFilters] = useState<PlanFilters>(noPlanFilters);
  const shown = useMemo(() => filterPlanRows(state.rows, filters), [state.rows, filters]);
  const heads = useMemo(() => planHeadsOfService(state.rows), [state.rows]);
  const columns = useMemo(() => planColumns(state.setOpenId), [state.setOpenId]);
  const table = useSortedPage(shown, columns, PLANS_PAGE_SIZE, JSON.stringify(filters));

  const focusBack = useFocusBack();
  const close = () => {
    const id = state.openId;
    state.setOpenId(undefined);
    if (id) focusBack(planLinkId(id), 'plans-heading');
  };

  return (
    <>
      <ViewSection title="Action plans" id="plans-heading">
        <Text>
          {state.awaiting === 0
            ? 'No plan is waiting for a head of service.'
            : `${state.awaiting} ${state.awaiting === 1 ? 'plan is' : 'plans are'} waiting for a head of service.`}
        </Text>
        <Toolbar label="Filter action plans">
          <Field label="Show">
            <Select
              value={filters.state}
              onChange={(_, d) =>
                setFilters((f) => ({ ...f, state: d.value as PlanFilters['state'] }))
              }
            >
              {planStateChoices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Head of service">
            <Select
              value={filters.headOfService}
              onChange={(_, d) => setFilters((f) => ({ ...f, headOfService: d.value }))}
            >
              <option value="">Anyone</option>
              {heads.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
              <option value="none">Not chosen yet</option>
            </Select>
          </Field>
          <Button icon={<AddRegular />} onClick={() => setCreating(true)}>
            New action plan
          </Button>
        </Toolbar>
        {state.rows.length === 0 ? (
          <Text>No action plan yet.</Text>
        ) : (
          <>
            <DataTable
              label="Action plans"
              columns={columns}
              rows={table.page.rows}
              rowKey={(r) => r.stored.itemId}
              sort={table.sort}
              onSort={table.onSort}
              isCurrent={(r) => r.id === state.openId}
            />
            <Pager noun="action plans" {...table.page} onPage={table.setPage} />
          </>
        )}
      </ViewSection>
      {state.open && state.detail ? (
        <PlanDrawer
          key={state.open.value.id}
          plan={state.open}
          detail={state.detail}
          heads={roles?.headsOfService}
          onClose={close}
        />
      ) : null}
      {creating ? (
        <NewPlanDialog
          snapshot={snapshot}
          onClose={(id) => {
            setCreating(false);
            if (id) state.setOpenId(id);
          }}
        />
      ) : null}
    </>
  );
}

function planColumns(onOpen: (id: string) => void): readonly DataColumn<PlanRow>[] {
  return [
    {
      id: 'plan',
      header: 'Plan',
      sortValue: (r) => r.id,
      cell: (r) => (
        <Link as="button" id={planLinkId(r.id)} onClick={() => onOpen(r.id)}>
          {`${r.id}: ${r.title}`}
        </Link>
      ),
    },
    { id: 'case', header: 'Case', sortValue: (r) => r.caseReference, cell: (r) => r.caseReference },
    {
      id: 'state',
      header: 'State',
      sortValue: (r) => r.stateLabel,
      cell: (r) => <StatusText tone={stateTones[r.state]}>{r.stateLabel}</StatusText>,
    },
    {
      id: 'head',
      header: 'Head of service',
      sortValue: (r) => (r.headOfService === '—' ? undefined : r.headOfService),
      cell: (r) => r.headOfService,
    },
    { id: 'last', header: 'Last step', sortValue: (r) => r.lastStep, cell: (r) => r.lastStep },
    {
      id: 'sent',
      header: 'Sent to complainant',
      sortValue: (r) => r.sentToComplainant,
      cell: (r) => (r.sentToComplainant ? formatUkDate(r.sentToComplainant) : '—'),
    },
    {
      id: 'feedback',
      header: 'Feedback due',
      sortValue: (r) => r.feedbackDue,
      cell: (r) =>
        `${r.feedbackDue ? formatUkDate(r.feedbackDue) : '—'}${r.feedbackOverdue ? ' (overdue)' : ''}`,
    },
  ];
}
