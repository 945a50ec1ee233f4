import { useRef } from 'react';
import type { Stored } from '../../../data/store';
import type { ActionPlan, Person } from '../../../domain/records';
import { SidePanel } from '../../components/SidePanel';
import { PlanDetailPanel } from './PlanDetailPanel';
import type { PlanDetail } from './selectPlans';

/**
 * One plan, opened over the list: focus moves into the drawer (its close button first, then
 * the step this person may take), and back to the plan's row when it closes.
 */
export function PlanDrawer(props: {
  readonly plan: Stored<ActionPlan>;
  readonly detail: PlanDetail;
  /** The heads of service group's members, when the page could read them. */
  readonly heads: readonly Person[] | undefined;
  readonly onClose: () => void;
}) {
  const { plan, detail, heads, onClose } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <SidePanel
      title={`Plan ${plan.value.id}: ${plan.value.title}`}
      closeLabel="Close"
      size="medium"
      heading={heading}
      onClose={onClose}
    >
      <PlanDetailPanel
        plan={plan}
        detail={detail}
        heads={heads}
        onStepTaken={() => heading.current?.focus()}
      />
    </SidePanel>
  );
}
