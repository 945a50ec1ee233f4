import type { TriageEmail, TriageSuggestion } from '../../domain/triage';

/** What the pane sends its triage worker, and what comes back. */
export interface TriageRequest {
  readonly id: number;
  readonly email: TriageEmail;
}
export interface TriageResponse {
  readonly id: number;
  readonly suggestion: TriageSuggestion;
}

/** Where suggestions are worked out: in a Web Worker, or on the pane's own thread. */
export type TriageThread = 'worker' | 'main thread';

export interface TriageRunner {
  readonly suggest: (email: TriageEmail) => Promise<TriageSuggestion>;
  /** Where the next suggestion will be worked out (a failed worker falls back for good). */
  readonly thread: () => TriageThread;
}

/** The smallest part of a Worker the runner uses, so a test can stand in for one. */
export interface WorkerLike {
  postMessage(message: TriageRequest): void;
  onmessage: ((event: MessageEvent<TriageResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

/**
 * Suggests on this thread, after the pane has had a chance to paint. The rules (some 80 KB)
 * are fetched only here: where the worker runs, the pane's first load never carries them
 * (docs/performance.md, "Task pane first load").
 */
async function onThisThread(email: TriageEmail): Promise<TriageSuggestion> {
  const { suggestTriage } = await import('../../domain/triage');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return suggestTriage(email);
}

/**
 * A triage runner that uses a Web Worker when `makeWorker` can make one, and the pane's own
 * thread otherwise: where workers are not available (an older Outlook webview, a strict
 * content policy), or when the worker fails, in which case what it was asked is answered
 * here and every later email too.
 */
export function createTriageRunner(makeWorker: () => WorkerLike | null): TriageRunner {
  let worker: WorkerLike | null = null;
  try {
    worker = makeWorker();
  } catch {
    worker = null;
  }
  let nextId = 1;
  const pending = new Map<
    number,
    { email: TriageEmail; resolve: (s: TriageSuggestion) => void; reject: (e: Error) => void }
  >();

  const fallBack = (): void => {
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      onThisThread(p.email).then(p.resolve, p.reject);
    }
  };
  if (worker) {
    worker.onmessage = (event) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      p.resolve(event.data.suggestion);
    };
    worker.onerror = () => fallBack();
  }

  return {
    thread: () => (worker ? 'worker' : 'main thread'),
    suggest: (email) => {
      if (!worker) return onThisThread(email);
      const id = nextId++;
      const active = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { email, resolve, reject });
        try {
          active.postMessage({ id, email });
        } catch {
          fallBack();
        }
      });
    },
  };
}

/** The pane's Web Worker, bundled by webpack from `triageWorker.ts`; null where there is none. */
function browserWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./triageWorker.ts', import.meta.url)) as unknown as WorkerLike;
}

let shared: TriageRunner | undefined;
/** One runner (and one worker) for the pane's lifetime. */
export function paneTriageRunner(): TriageRunner {
  shared ??= createTriageRunner(browserWorker);
  return shared;
}
