import type { ReactNode } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/**
 * A message that screen readers announce: `role="status"` for news (saved), `role="alert"`
 * for problems. The Fluent MessageBar inside gives the colour and icon.
 */
export function StatusRegion({
  intent,
  title,
  children,
  actions,
}: {
  intent: 'success' | 'error' | 'warning' | 'info';
  title?: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const role = intent === 'error' ? 'alert' : 'status';
  return (
    <div role={role} aria-atomic="true">
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
          {children}
        </MessageBarBody>
      </MessageBar>
      {actions ? <div style={{ display: 'flex', gap: 8, marginTop: 6 }}>{actions}</div> : null}
    </div>
  );
}
