/**
 * A model of SharePoint Online's speed, for measuring the apps as a council's tenant would
 * serve them (`npm run emulator -- --latency sharepoint`; never on in tests). Each /v1.0
 * request waits a base delay plus a cost per returned list item with its fields expanded,
 * and each client has a few requests served at once; the rest queue in arrival order.
 * Defaults and their sources: docs/performance.md, "The SharePoint latency model".
 *   const gate = new LatencyGate(SHAREPOINT_ONLINE);
 *   await gate.serve('client-a', async () => graphResponse) → graphResponse, ≥ 200 ms later
 */
import type { GraphResponse } from './graph/types';

export interface LatencyModel {
  /** Every request, however small: the round trip and SharePoint's own work. */
  readonly baseMs: number;
  /** Per list item returned with `$expand=fields` (a page of 5,000 costs 2.5 s at 0.5 ms). */
  readonly perItemMs: number;
  /** Requests of one client served at once; the rest wait their turn. */
  readonly concurrency: number;
}

export const SHAREPOINT_ONLINE: LatencyModel = { baseMs: 200, perItemMs: 0.5, concurrency: 4 };

/** The models `--latency` accepts by name. */
export const LATENCY_MODELS: Readonly<Record<string, LatencyModel>> = {
  sharepoint: SHAREPOINT_ONLINE,
};

/** `--latency NAME` → the model (none for `off`), or a message naming the models there are. */
export function latencyModelNamed(
  name: string,
): { ok: true; model: LatencyModel | undefined } | { ok: false; message: string } {
  if (name === 'off') return { ok: true, model: undefined };
  const model = LATENCY_MODELS[name];
  if (model) return { ok: true, model };
  const names = [...Object.keys(LATENCY_MODELS), 'off'].join(', ');
  return { ok: false, message: `--latency must be one of ${names}, not '${name}'` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** List items with expanded fields in a response body; a `$batch` counts its parts' items. */
export function expandedItemCount(body: unknown): number {
  if (!isRecord(body)) return 0;
  let count = 0;
  if (Array.isArray(body.value))
    for (const entry of body.value) if (isRecord(entry) && isRecord(entry.fields)) count++;
  if (Array.isArray(body.responses))
    for (const part of body.responses) if (isRecord(part)) count += expandedItemCount(part.body);
  return count;
}

/** The delay the model adds to one response. */
export function modelDelayMs(model: LatencyModel, response: GraphResponse): number {
  return model.baseMs + model.perItemMs * expandedItemCount(response.body);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Holds each request for the model's delay, at most `concurrency` per client at once. The
 * slot is held while the answer is computed and while it waits: SharePoint is busy with a
 * request for as long as the client waits for it.
 */
export class LatencyGate {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, (() => void)[]>();

  constructor(
    private readonly model: LatencyModel,
    private readonly sleep: (ms: number) => Promise<void> = realSleep,
  ) {
    if (!(Number.isInteger(model.concurrency) && model.concurrency >= 1))
      throw new Error('a latency model needs a concurrency of 1 or more');
  }

  /** Requests of this client waiting for a slot (not counting those being served). */
  queued(client: string): number {
    return this.queues.get(client)?.length ?? 0;
  }

  async serve(client: string, answer: () => Promise<GraphResponse>): Promise<GraphResponse> {
    await this.acquire(client);
    try {
      const response = await answer();
      await this.sleep(modelDelayMs(this.model, response));
      return response;
    } finally {
      this.release(client);
    }
  }

  private acquire(client: string): Promise<void> {
    const busy = this.active.get(client) ?? 0;
    if (busy < this.model.concurrency) {
      this.active.set(client, busy + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.queues.get(client) ?? [];
      queue.push(resolve);
      this.queues.set(client, queue);
    });
  }

  private release(client: string): void {
    const next = this.queues.get(client)?.shift();
    // The slot passes straight to the next in line, so the count stays the same.
    if (next) return next();
    if (this.queues.get(client)?.length === 0) this.queues.delete(client);
    const busy = (this.active.get(client) ?? 1) - 1;
    if (busy <= 0) this.active.delete(client);
    else this.active.set(client, busy);
  }
}
