import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { StoreError } from '../../data/store';

/**
 * A failed save, said plainly. A 412 means someone else changed the record since it was
 * loaded: nothing was overwritten, and reloading shows their change.
 */
export function WriteError(props: {
  readonly error: StoreError | undefined;
  readonly onReload: () => void;
}) {
  const { error, onReload } = props;
  if (!error) return null;
  const conflict = error.code === 'conflict';
  return (
    <MessageBar intent={conflict ? 'warning' : 'error'} role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{conflict ? 'Someone else changed this' : 'Not saved'}</MessageBarTitle>
        {conflict
          ? 'It was changed after you opened it, so your change was not saved and nothing was overwritten. Reload to see the latest version, then make your change again.'
          : error.message}
      </MessageBarBody>
      {conflict ? (
        <MessageBarActions>
          <Button onClick={onReload}>Reload</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
