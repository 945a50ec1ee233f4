import { feedbackTypeLabels, procedureLabels, type FeedbackType } from '../../domain/records';
import type { TriageSuggestion } from '../../domain/triage';
import type { CaseDraft } from '../../ui/triage/caseDraft';
import type { SuggestionView } from '../../ui/triage/SuggestionSummary';
import { constituentIn, praisedIn } from './prefillFromEmail';

/** Triage says `other`; a case calls it a `comment` (Comment / query). */
export function recordTypeOf(type: TriageSuggestion['type']): FeedbackType {
  return type === 'other' ? 'comment' : type;
}

/**
 * The suggestion as the pane words it.
 * `{ type: 'complaint', procedure: 'children_statutory', stage: 1, … }` →
 * `{ typeLabel: 'Complaint', detail: "Children's social care (statutory), Stage 1", … }`
 */
export function suggestionView(suggestion: TriageSuggestion): SuggestionView {
  const type = recordTypeOf(suggestion.type);
  const detail =
    type === 'complaint' && suggestion.procedure
      ? `${procedureLabels[suggestion.procedure]}${suggestion.stage ? `, Stage ${suggestion.stage}` : ''}`
      : type === 'mp_enquiry' && suggestion.mp
        ? `From ${suggestion.mp.name}${suggestion.mp.constituency ? `, MP for ${suggestion.mp.constituency}` : ''}`
        : undefined;
  return {
    typeLabel: feedbackTypeLabels[type],
    confidence: suggestion.confidence,
    reasons: suggestion.reasons,
    ...(detail ? { detail } : {}),
  };
}

/**
 * A new-case form filled with everything the suggestion knows, the officer as owner and the
 * working day the clock starts as `Received`. The procedure is kept for every type (a
 * compliment to the reablement team counts in the adults' report); the stage only for
 * complaints. What the email says plainly is filled in too: who a compliment praises, which
 * constituent an MP writes for.
 */
export function draftFromSuggestion(
  suggestion: TriageSuggestion,
  email: { subject: string; body?: string },
  received: string,
  owner: string,
): CaseDraft {
  const type = recordTypeOf(suggestion.type);
  const complaint = type === 'complaint';
  const texts = [email.subject, email.body ?? ''];
  return {
    type,
    procedure: suggestion.procedure ?? '',
    stage: complaint ? (String(suggestion.stage ?? 1) as CaseDraft['stage']) : '0',
    serviceArea: suggestion.safeguarding ? 'First response / MASH' : '',
    causes: [],
    complainant: type === 'mp_enquiry' ? 'mp' : 'not_recorded',
    received,
    receivedVia: 'email',
    summary: email.subject.trim().slice(0, 4000),
    owner,
    praised: type === 'compliment' ? (praisedIn(...texts) ?? '') : '',
    forwardTo: '',
    quotable: false,
    quote: '',
    mpName: suggestion.mp?.name ?? '',
    constituent: type === 'mp_enquiry' ? (constituentIn(...texts) ?? '') : '',
  };
}
