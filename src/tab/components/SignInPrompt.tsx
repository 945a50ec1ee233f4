import { Button, Spinner } from '@fluentui/react-components';
import { sessionView, type SessionState } from '../../platform/auth/session';
import { StatusRegion } from '../../ui/common/StatusRegion';

/**
 * The tab while it has no usable sign-in: what is wrong, what to do, and `Sign in` (or
 * `Try again`, e.g. after the administrator has granted the site permission). A problem is
 * announced (`role="alert"` for failures, `role="status"` for signed out and checking).
 */
export function SignInPrompt({ state, onSignIn }: { state: SessionState; onSignIn: () => void }) {
  const view = sessionView(state);
  const message = view.message ?? '';
  if (view.busy) return <Spinner role="status" label={message} />;
  return (
    <StatusRegion
      intent={state.status === 'failed' ? 'error' : 'warning'}
      title={message}
      actions={
        view.button ? (
          <Button appearance="primary" onClick={onSignIn}>
            {view.button}
          </Button>
        ) : null
      }
    >
      {view.action}
    </StatusRegion>
  );
}
