import type { TriageSuggestion } from '../../domain/triage';
import {
  REASON_NAMES,
  type CombinedFlag,
  type OfficerFeedback,
} from '../../domain/triage/officerFeedback';

/**
 * The alert's content: officers' notes on the flag (raised by hand, lowered by their past
 * decisions), always shown, and the words the rules quoted, of which the alert shows the first few.
 */
export interface AlertReasons {
  readonly notes: readonly string[];
  readonly quotes: readonly string[];
}

/** What a case saved with the flag records as its reasons: the notes, then the quotes. */
export const savedReasons = (alert: AlertReasons): string[] => [...alert.notes, ...alert.quotes];

/** What the pane shows about safeguarding once officers' decisions are weighed in. */
export interface PaneFlag {
  /** The alert when the pane flags the email; undefined when it does not. */
  readonly alert: AlertReasons | undefined;
  /** A prompt to check, when officers disagreed about similar mail. */
  readonly check?: string;
  /** Similar mail officers set aside as not feedback. */
  readonly notFeedbackLike?: string;
  /** A decision already made on this very email, in words. */
  readonly decidedHere?: string;
  readonly setAside: boolean;
}

const byWhom = (f: OfficerFeedback) => (f.by ? ` by ${f.by}` : '');

/**
 * The suggestion's flag and officers' decisions, as the pane shows them:
 *   paneFlag(suggestion, { level: 'flag', here: { decision: 'raised', by: 'Jo Officer' }, … })
 *   → { alert: { notes: ['Raised by hand by Jo Officer: an officer saw a possible risk.'], quotes: […] }, … }
 */
export function paneFlag(suggestion: TriageSuggestion, combined: CombinedFlag): PaneFlag {
  const { here } = combined;
  const aside = combined.notFeedbackLike
    ? `Officers set similar mail aside as not feedback (${REASON_NAMES[combined.notFeedbackLike]}).`
    : undefined;
  const common = aside ? { notFeedbackLike: aside } : {};
  if (here?.decision === 'raised')
    return {
      alert: {
        notes: [`Raised by hand${byWhom(here)}: an officer saw a possible risk.`],
        quotes: suggestion.safeguardingReasons,
      },
      decidedHere: `Safeguarding concern raised by hand${byWhom(here)}.`,
      setAside: false,
      ...common,
    };
  if (here?.decision === 'dismissed')
    return {
      alert: undefined,
      decidedHere: `Safeguarding flag dismissed${byWhom(here)}: ${REASON_NAMES[here.reason]}.`,
      setAside: false,
      ...common,
    };
  if (here?.decision === 'not_feedback')
    return {
      alert: undefined,
      decidedHere: `Set aside as not feedback${byWhom(here)}: ${REASON_NAMES[here.reason]}. Nothing else was saved.`,
      setAside: true,
      ...common,
    };
  if (combined.level === 'flag')
    return {
      alert: { notes: combined.notes, quotes: suggestion.safeguardingReasons },
      setAside: false,
      ...common,
    };
  return {
    alert: undefined,
    setAside: false,
    ...(combined.level === 'check'
      ? {
          check: `${combined.notes.join(' ')} Check whether someone may be at risk; raise a concern if so.`,
        }
      : {}),
    ...common,
  };
}
