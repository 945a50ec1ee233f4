import {
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { StatusText } from '../../../ui/dashboard/StatusText';
import { Toolbar, ViewSection } from '../../components/ViewSection';
import type { ViewProps } from '../viewNames';
import { useTabEnvironment } from '../../TabContext';
import { useSiteRoles } from '../../data/useSiteRoles';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanDetailPanel } from './PlanDetailPanel';
import type { PlanRow } from './selectPlans';
import { usePlans } from './usePlans';

/** Action plans: the list by what needs doing, and the open plan's workflow. */
export default function PlansView({ snapshot }: ViewProps) {
  const { today } = useTabEnvironment();
  const roles = useSiteRoles();
  const state = usePlans(snapshot, roles, today);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <ViewSection title="Action plans" id="plans-heading">
        <Text>
          {state.awaiting === 0
            ? 'No plan is waiting for a head of service.'
            : `${state.awaiting} ${state.awaiting === 1 ? 'plan is' : 'plans are'} waiting for a head of service.`}
        </Text>
        <Toolbar label="Plan tools">
          <Button icon={<AddRegular />} onClick={() => setCreating(true)}>
            New action plan
          </Button>
        </Toolbar>
        <PlanTable rows={state.rows} openId={state.openId} onOpen={state.setOpenId} />
      </ViewSection>
      {state.open && state.detail ? (
        <PlanDetailPanel
          key={state.open.value.id}
          plan={state.open}
          detail={state.detail}
          heads={roles?.headsOfService}
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

function PlanTable(props: {
  readonly rows: readonly PlanRow[];
  readonly openId: string | undefined;
  readonly onOpen: (id: string) => void;
}) {
  if (props.rows.length === 0) return <Text>No action plan yet.</Text>;
  return (
    <Table size="small" aria-label="Action plans">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Plan</TableHeaderCell>
          <TableHeaderCell scope="col">Case</TableHeaderCell>
          <TableHeaderCell scope="col">State</TableHeaderCell>
          <TableHeaderCell scope="col">Head of service</TableHeaderCell>
          <TableHeaderCell scope="col">Last step</TableHeaderCell>
          <TableHeaderCell scope="col">Sent to complainant</TableHeaderCell>
          <TableHeaderCell scope="col">Feedback due</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r) => (
          <TableRow key={r.stored.itemId} aria-current={r.id === props.openId ? true : undefined}>
            <TableCell>
              <Link as="button" onClick={() => props.onOpen(r.id)}>
                {`${r.id}: ${r.title}`}
              </Link>
            </TableCell>
            <TableCell>{r.caseReference}</TableCell>
            <TableCell>
              <StatusText
                tone={
                  r.state === 'submitted' || r.state === 'completed'
                    ? 'warning'
                    : r.state === 'returned'
                      ? 'danger'
                      : r.state === 'closed'
                        ? 'success'
                        : 'subtle'
                }
              >
                {r.stateLabel}
              </StatusText>
            </TableCell>
            <TableCell>{r.headOfService}</TableCell>
            <TableCell>{r.lastStep}</TableCell>
            <TableCell>{r.sentToComplainant ?? '—'}</TableCell>
            <TableCell>
              {r.feedbackDue ?? '—'}
              {r.feedbackOverdue ? ' (overdue)' : ''}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
