import { Button, Spinner } from '@fluentui/react-components';
import { sessionView, type SessionState } from '../../platform/auth/session';
import { StatusRegion } from '../../ui/common/StatusRegion';

/**
 * The pane while it has no usable sign-in: what is wrong, what to do, and `Sign in` (or
 * `Try again` when signing in again will not help by itself, e.g. a wrong scope). Problems are
 * announced (`role="alert"`); signing in and checking are `role="status"`.
 */
export function SignInPrompt({ state, onSignIn }: { state: SessionState; onSignIn: () => void }) {
  const view = sessionView(state);
  const message = view.message ?? '';
  if (view.busy) return <Spinner size="small" role="status" label={message} />;
  const button = view.button;
  return (
    <StatusRegion
      intent={state.status === 'failed' ? 'error' : 'warning'}
      title={message}
      actions={
        button ? (
          <Button appearance="primary" onClick={onSignIn}>
            {button}
          </Button>
        ) : null
      }
    >
      {view.action}
    </StatusRegion>
  );
}
