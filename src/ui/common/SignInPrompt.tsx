import { Button, Spinner } from '@fluentui/react-components';
import { StatusRegion } from './StatusRegion';

/**
 * A page while it has no usable sign-in: what is wrong (`message`), what to do (`action`) and a
 * button (`Sign in`, or `Try again` e.g. after the administrator has granted the permission).
 * A failure (`urgent`) is announced as `role="alert"`; signed out and checking as `role="status"`.
 * The props are the platform's `sessionView(state)`, so an app writes
 * `<SignInPrompt {...sessionView(state)} urgent={state.status === 'failed'} onPress={signIn} />`.
 */
export function SignInPrompt(props: {
  /** Checking or signing in: a spinner saying so, nothing to press. */
  readonly busy: boolean;
  readonly message?: string | undefined;
  readonly action?: string | undefined;
  /** The button's label; no button without it. */
  readonly button?: string | undefined;
  readonly urgent: boolean;
  readonly onPress: () => void;
}) {
  const message = props.message ?? '';
  if (props.busy) return <Spinner size="small" role="status" label={message} />;
  return (
    <StatusRegion
      intent={props.urgent ? 'error' : 'warning'}
      title={message}
      actions={
        props.button ? (
          <Button appearance="primary" onClick={props.onPress}>
            {props.button}
          </Button>
        ) : null
      }
    >
      {props.action}
    </StatusRegion>
  );
}
