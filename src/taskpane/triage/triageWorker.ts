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
