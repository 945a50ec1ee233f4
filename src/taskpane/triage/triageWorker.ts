/**
 * The pane's triage worker: suggestions are worked out here, off the pane's main thread, so
 * however long an email is the pane stays responsive (issue 15; docs/performance.md). It
 * receives `{ id, email }` and answers `{ id, suggestion }`; nothing is kept between emails.
 */
import '../../platform/zodWithoutEval';
import { suggestTriage } from '../../domain/triage';
import type { TriageRequest, TriageResponse } from './triageRunner';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<TriageRequest>) => void) | null;
  postMessage: (message: TriageResponse) => void;
};

scope.onmessage = (event) => {
  const { id, email } = event.data;
  scope.postMessage({ id, suggestion: suggestTriage(email) });
};

// The first suggestion builds the prior's tables and compiles the patterns it meets: most of a
// second on a busy machine (`triage.firstSuggestion`, npm run bench -- triage). The pane starts
// this worker as its page starts, so that is paid while the pane signs in and reads its settings,
// not after the officer's first email has been asked about. A made-up email: nothing personal.
suggestTriage({
  subject: 'Warm up',
  from: { name: 'Feedback Desk', address: 'warm-up@example.org' },
  receivedAt: '2026-01-01T00:00:00Z',
  body: 'Thank you for your help with the missed bin collection.\n\nI want to make a complaint.',
});
