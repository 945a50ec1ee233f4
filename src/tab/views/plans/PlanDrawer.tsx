import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { Stored } from '../../../data/store';
import type { ActionPlan, Person } from '../../../domain/records';
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
    <OverlayDrawer
      open
      position="end"
      size="medium"
      onOpenChange={(_, d) => (d.open ? undefined : onClose())}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ ref: heading, tabIndex: -1 }}
          action={
            <Button
              appearance="subtle"
              aria-label="Close"
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {`Plan ${plan.value.id}: ${plan.value.title}`}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <PlanDetailPanel
          plan={plan}
          detail={detail}
          heads={heads}
          onStepTaken={() => heading.current?.focus()}
        />
      </DrawerBody>
    </OverlayDrawer>
  );
}
