import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode, RefObject } from 'react';

/**
 * A record opened over its list (a case, a plan): a modal drawer at the end of the page whose
 * heading can take focus (`heading`, for moving focus back to the record after a step), a
 * close button first in the tab order, and Escape or the close button calling `onClose`. The
 * opener puts focus back where it was (focusBack.ts).
 */
export function SidePanel(props: {
  readonly title: ReactNode;
  /** The close button's accessible name, e.g. "Close panel". */
  readonly closeLabel: string;
  readonly size: 'medium' | 'large';
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const { title, closeLabel, size, heading, onClose, children } = props;
  return (
    <OverlayDrawer
      open
      position="end"
      size={size}
      onOpenChange={(_, d) => (d.open ? undefined : onClose())}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ ref: heading, tabIndex: -1 }}
          action={
            <Button
              appearance="subtle"
              aria-label={closeLabel}
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>{children}</DrawerBody>
    </OverlayDrawer>
  );
}
