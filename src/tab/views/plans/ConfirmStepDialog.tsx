import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';

/**
 * "Are you sure?" before a formal step (a head of service's sign-off): says what will be
 * recorded, comment included, and under whose name. The confirming button comes first, so
 * Enter confirms; Esc or Cancel goes back to the plan with nothing written.
 */
export function ConfirmStepDialog(props: {
  readonly planId: string;
  readonly stepLabel: string;
  readonly comment: string;
  readonly signedInAs: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { planId, stepLabel, comment, signedInAs } = props;
  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? undefined : props.onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`${stepLabel}: ${planId}?`}</DialogTitle>
          <DialogContent>
            <Text as="p">
              This is recorded in the plan&apos;s history as yours ({signedInAs}), with the date and
              time, and cannot be undone here.
            </Text>
            <Text as="p">
              {comment.trim() ? `Your comment: “${comment.trim()}”` : 'No comment is recorded.'}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {`Yes, ${stepLabel.charAt(0).toLowerCase()}${stepLabel.slice(1)}`}
            </Button>
            <Button onClick={props.onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
