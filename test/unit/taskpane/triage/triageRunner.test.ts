import { describe, expect, it } from 'vitest';
import { suggestTriage } from '../../../../src/domain/triage';
import {
  createTriageRunner,
  type TriageRequest,
  type TriageResponse,
  type WorkerLike,
} from '../../../../src/taskpane/triage/triageRunner';

const email = {
  subject: 'Bins',
  from: { address: 'pat@mail.example' },
  body: 'I want to make a complaint: the bins have been missed three times.',
  receivedAt: '2026-03-03T09:00:00Z',
};

/** A stand-in worker that answers as the real one does, or fails when told to. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<TriageResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  asked = 0;
  terminated = false;
  constructor(private readonly fail = false) {}
  postMessage(message: TriageRequest): void {
    this.asked++;
    setTimeout(() => {
      if (this.fail) this.onerror?.(new Event('error'));
      else
        this.onmessage?.({
          data: { id: message.id, suggestion: suggestTriage(message.email) },
        } as MessageEvent<TriageResponse>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the pane triage runner', () => {
  it('asks the worker when there is one, and gets the same suggestion', async () => {
    const worker = new FakeWorker();
    const runner = createTriageRunner(() => worker);
    expect(runner.thread()).toBe('worker');
    expect(await runner.suggest(email)).toEqual(suggestTriage(email));
    expect(worker.asked).toBe(1);
  });

  it('works on the pane thread where workers are not available', async () => {
    const runner = createTriageRunner(() => null);
    expect(runner.thread()).toBe('main thread');
    expect((await runner.suggest(email)).type).toBe('complaint');
  });

  it('falls back for good when making the worker throws', async () => {
    const runner = createTriageRunner(() => {
      throw new Error('blocked by content policy');
    });
    expect(runner.thread()).toBe('main thread');
    expect((await runner.suggest(email)).type).toBe('complaint');
  });

  it('answers what a failed worker was asked, on the pane thread, and stops using it', async () => {
    const worker = new FakeWorker(true);
    const runner = createTriageRunner(() => worker);
    expect((await runner.suggest(email)).type).toBe('complaint');
    expect(worker.terminated).toBe(true);
    expect(runner.thread()).toBe('main thread');
  });
});
