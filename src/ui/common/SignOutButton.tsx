import { Button } from '@fluentui/react-components';
import { useState } from 'react';

/**
 * The apps' `Sign out` button. `onPress` forgets the person and reloads the page, so the
 * button only says it is working until then; pressed twice, it signs out once.
 */
export function SignOutButton(props: { readonly onPress: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      disabledFocusable={busy}
      onClick={() => {
        if (busy) return;
        setBusy(true);
        void props.onPress().finally(() => setBusy(false));
      }}
    >
      {busy ? 'Signing out…' : 'Sign out'}
    </Button>
  );
}
