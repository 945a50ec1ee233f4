import { useCallback, useEffect, useRef, useState } from 'react';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';

export type MailItemState =
  | { readonly status: 'loading' }
  | { readonly status: 'empty' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly item: MailItem };

/**
 * The email selected in the host, kept current when the selection moves (a pinned pane in
 * Outlook, a click in the workbench's inbox). A slow read of an old selection never
 * overwrites a newer one.
 */
export function useMailItem(host: MailHost): MailItemState {
  const [state, setState] = useState<MailItemState>({ status: 'loading' });
  const sequence = useRef(0);

  const read = useCallback(async () => {
    const mine = ++sequence.current;
    let next: MailItemState;
    try {
      const result = await host.readCurrentItem();
      if (!result.ok) next = { status: 'error', message: result.error.message };
      else next = result.value ? { status: 'ready', item: result.value } : { status: 'empty' };
    } catch {
      next = { status: 'error', message: 'The email could not be read. Select it again.' };
    }
    if (mine === sequence.current) setState(next);
  }, [host]);

  useEffect(() => {
    void read();
    return host.onItemChanged(() => void read());
  }, [host, read]);

  return state;
}
