import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { FeedbackStore } from '../../data/store';
import { messageKey } from '../../data/graphStore/messageKey';
import type { TriageSuggestion } from '../../domain/triage';
import {
  combineFlag,
  emailFeatures,
  type DecisionReason,
  type OfficerDecision,
} from '../../domain/triage/officerFeedback';
import type { MailItem } from '../../platform/outlook/mailHost';
import { officerFeedbackBook } from '../model/officerFeedbackBook';
import { paneFlag, type PaneFlag } from '../model/paneFlag';

export interface OfficerDecisions {
  readonly flag: PaneFlag;
  readonly busy: boolean;
  /** A failed save or read, in words. */
  readonly problem: string | undefined;
  readonly decide: (decision: OfficerDecision, reason: DecisionReason) => void;
}

/**
 * The email's safeguarding flag with officers' decisions weighed in (combineFlag), and the
 * officer's own decision on it: kept in the Triage feedback list as features only (word
 * buckets, kinds of concern, the email's fingerprint), never the email's words.
 */
export function useOfficerDecisions(
  store: FeedbackStore,
  item: MailItem,
  suggestion: TriageSuggestion,
): OfficerDecisions {
  const book = officerFeedbackBook(store);
  const feedback = useSyncExternalStore(book.subscribe, book.items);
  const readFailed = useSyncExternalStore(book.subscribe, book.readFailed);
  const [emailKey, setEmailKey] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void messageKey(item.internetMessageId).then((key) => live && setEmailKey(key));
    return () => {
      live = false;
    };
  }, [item.internetMessageId]);
  const features = useMemo(
    () => emailFeatures(`${item.subject}\n${item.body}`, suggestion.safeguardingKinds),
    [item.subject, item.body, suggestion.safeguardingKinds],
  );
  const flag = useMemo(
    () =>
      paneFlag(
        suggestion,
        combineFlag(
          suggestion.safeguarding,
          { features, ...(emailKey ? { emailKey } : {}) },
          feedback,
        ),
      ),
    [suggestion, features, emailKey, feedback],
  );
  const decide = useCallback(
    (decision: OfficerDecision, reason: DecisionReason) => {
      void (async () => {
        setBusy(true);
        setProblem(undefined);
        const key = emailKey ?? (await messageKey(item.internetMessageId));
        const saved = await book.add({
          schemaVersion: 1,
          id: `TF-${key.slice(2, 34)}-${Date.now().toString(36)}`,
          decision,
          reason,
          features,
          concernKinds: [...suggestion.safeguardingKinds],
          emailKey: key,
        });
        setBusy(false);
        if (!saved.ok) setProblem(`${saved.error.message} Your decision was not saved.`);
      })();
    },
    [book, emailKey, features, item.internetMessageId, suggestion.safeguardingKinds],
  );
  return {
    flag,
    busy,
    problem:
      problem ??
      (readFailed
        ? 'Officers’ earlier decisions could not be read: the suggestion is the rules’ alone.'
        : undefined),
    decide,
  };
}
