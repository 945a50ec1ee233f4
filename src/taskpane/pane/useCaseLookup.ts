import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseMatch, FeedbackStore, StoreError } from '../../data/store';
import type { MailItem } from '../../platform/outlook/mailHost';
import { storeCall } from '../../services/storeCall';

export type LookupState =
  | { readonly status: 'checking' }
  | { readonly status: 'none' }
  | { readonly status: 'found'; readonly match: CaseMatch }
  | { readonly status: 'failed'; readonly error: StoreError };

/**
 * Is this email part of a case already? Same message saved, same conversation, or a case
 * reference quoted in it (the store checks in that order). `replace` puts a case the pane
 * just saved or changed in place without asking again.
 */
export function useCaseLookup(
  store: FeedbackStore,
  item: MailItem,
  references: readonly string[],
): { state: LookupState; reload: () => void; replace: (match: CaseMatch) => void } {
  const [state, setState] = useState<LookupState>({ status: 'checking' });
  const sequence = useRef(0);
  const referenceKey = references.join(' ');

  const reload = useCallback(() => {
    const mine = ++sequence.current;
    setState({ status: 'checking' });
    void storeCall(() =>
      store.findCaseForEmail({
        internetMessageId: item.internetMessageId,
        ...(item.conversationId ? { conversationId: item.conversationId } : {}),
        references: referenceKey ? referenceKey.split(' ') : [],
      }),
    ).then((result) => {
      if (mine !== sequence.current) return;
      if (!result.ok) setState({ status: 'failed', error: result.error });
      else setState(result.value ? { status: 'found', match: result.value } : { status: 'none' });
    });
  }, [store, item.internetMessageId, item.conversationId, referenceKey]);

  useEffect(() => {
    reload();
    return () => {
      sequence.current += 1;
    };
  }, [reload]);

  const replace = useCallback((match: CaseMatch) => {
    sequence.current += 1;
    setState({ status: 'found', match });
  }, []);

  return { state, reload, replace };
}
