import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { WriteFailure } from '../../services/writeErrors';

/**
 * A failed save, in the words both apps use (`explainWriteError`). After a 412 nothing was
 * overwritten, and reloading shows the colleague's change.
 */
export function WriteError(props: {
  readonly failure: WriteFailure | undefined;
  readonly onReload: () => void;
}) {
  const { failure, onReload } = props;
  if (!failure) return null;
  return (
    <MessageBar intent={failure.offerReload ? 'warning' : 'error'} role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{failure.title}</MessageBarTitle>
        {failure.message}
      </MessageBarBody>
      {failure.offerReload ? (
        <MessageBarActions>
          <Button onClick={onReload}>Reload</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
