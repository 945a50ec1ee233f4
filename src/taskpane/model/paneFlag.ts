import type { TriageSuggestion } from '../../domain/triage';
import {
  REASON_NAMES,
  type CombinedFlag,
  type OfficerFeedback,
} from '../../domain/triage/officerFeedback';

/** What the pane shows about safeguarding once officers' decisions are weighed in. */
export interface PaneFlag {
  /** The alert's reasons when the pane flags the email; undefined when it does not. */
  readonly reasons: readonly string[] | undefined;
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
 *   → { reasons: ['Raised by hand by Jo Officer: an officer saw a possible risk.', …], … }
 */
export function paneFlag(suggestion: TriageSuggestion, combined: CombinedFlag): PaneFlag {
  const { here } = combined;
  const aside = combined.notFeedbackLike
    ? `Officers set similar mail aside as not feedback (${REASON_NAMES[combined.notFeedbackLike]}).`
    : undefined;
  const common = aside ? { notFeedbackLike: aside } : {};
  if (here?.decision === 'raised')
    return {
      reasons: [
        `Raised by hand${byWhom(here)}: an officer saw a possible risk.`,
        ...suggestion.safeguardingReasons,
      ],
      decidedHere: `Safeguarding concern raised by hand${byWhom(here)}.`,
      setAside: false,
      ...common,
    };
  if (here?.decision === 'dismissed')
    return {
      reasons: undefined,
      decidedHere: `Safeguarding flag dismissed${byWhom(here)}: ${REASON_NAMES[here.reason]}.`,
      setAside: false,
      ...common,
    };
  if (here?.decision === 'not_feedback')
    return {
      reasons: undefined,
      decidedHere: `Set aside as not feedback${byWhom(here)}: ${REASON_NAMES[here.reason]}. Nothing else was saved.`,
      setAside: true,
      ...common,
    };
  // Officers' notes first: the alert shows four reasons, and a flag officers have lowered must
  // say so however many words the rules quoted.
  if (combined.level === 'flag')
    return {
      reasons: [...combined.notes, ...suggestion.safeguardingReasons],
      setAside: false,
      ...common,
    };
  return {
    reasons: undefined,
    setAside: false,
    ...(combined.level === 'check'
      ? {
          check: `${combined.notes.join(' ')} Check whether someone may be at risk; raise a concern if so.`,
        }
      : {}),
    ...common,
  };
}
