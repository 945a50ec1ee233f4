import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Small composable behaviours of the Graph pipeline (docs/architecture.md, Conventions). Retry and the
 * final HTTP call are the SDK's own (RetryHandler, HTTPMessageHandler); these fill the gaps.
 */

/**
 * Gives up on an attempt after `timeoutMs`: the fetch is aborted and the SDK reports an
 * `AbortError`, which the store shows as "SharePoint did not answer in time". Placed after
 * the RetryHandler, so the limit applies to each attempt, not to the wait between them.
 */
export class TimeoutHandler implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    context.options = { ...(context.options ?? {}), signal: controller.signal };
    try {
      await this.next!.execute(context);
    } finally {
      clearTimeout(timer);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * Calls `onSend` as each attempt leaves for Graph: after authentication and any retry's wait,
 * in the same turn as the HTTP call that follows it (the SDK's `HTTPMessageHandler` calls
 * `fetch` before it first awaits). A page can so tell when its first reads are on their way.
 */
export class SendHandler implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly onSend: () => void) {}

  async execute(context: Context): Promise<void> {
    this.onSend();
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';

/**
 * Decorates traffic the way SharePoint asks ISVs and councils to, so throttling is fair:
 * `NONISV|<organisation>|FeedbackDesk/<version>`. Browsers do not let a page set
 * `User-Agent`, so there it travels as `SdkVersion` (the header Graph's own SDK sends and
 * Graph's CORS policy allows).
 */
export class UserAgentHandler implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly userAgent: string) {}

  async execute(context: Context): Promise<void> {
    const headers = new Headers((context.options?.headers as HeadersInit | undefined) ?? {});
    if (context.request instanceof Request) {
      context.request.headers.set(inBrowser ? 'SdkVersion' : 'User-Agent', this.userAgent);
    } else {
      headers.set(inBrowser ? 'SdkVersion' : 'User-Agent', this.userAgent);
      context.options = { ...(context.options ?? {}), headers: Object.fromEntries(headers) };
    }
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** `userAgentFor('Example County Council', '0.1.0')` → `NONISV|ExampleCountyCouncil|FeedbackDesk/0.1.0` */
export function userAgentFor(organisation: string, version: string): string {
  const org = organisation.replace(/[^A-Za-z0-9.-]/g, '') || 'Council';
  return `NONISV|${org}|FeedbackDesk/${version}`;
}
