import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { toGraphRequestError } from './errors';
import { SendHandler, TimeoutHandler, UserAgentHandler, userAgentFor } from './middleware';

export interface GraphClientOptions {
  /** Graph root including the version: `https://graph.microsoft.com/v1.0`, or the emulator's `http://127.0.0.1:4321/v1.0`. */
  readonly baseUrl: string;
  /** Bearer token for each request; absent for the emulator, which takes requests without one. */
  readonly getAccessToken?: () => Promise<string>;
  /** For the user agent, e.g. `Example County Council`. */
  readonly organisation?: string;
  /** App version for the user agent. */
  readonly version?: string;
  /** Limit per attempt, in milliseconds. Default 30 s. */
  readonly timeoutMs?: number;
  /** Retries after 429/503/504 (the SDK honours Retry-After). Default 4. */
  readonly maxRetries?: number;
  /** Seconds to wait before a retry when the service gives no Retry-After. Default 2. */
  readonly retryDelaySeconds?: number;
  /**
   * Headers for every request, asked for each time: the plain emulator's demo user header
   * (`devUser.ts`), following the standalone page's "Signed in as" picker.
   */
  readonly headers?: () => Readonly<Record<string, string>>;
  /** Called as each attempt leaves for Graph (`SendHandler`). */
  readonly onSend?: () => void;
}

export interface GraphRequestOptions {
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The few verbs the data layer needs, over the SDK client. Paths are relative to the
 * version root (`/sites/root/lists`); absolute links Graph hands back (`@odata.nextLink`,
 * `@odata.deltaLink`) are accepted as they are. Failures throw GraphRequestError.
 */
export interface GraphClient {
  readonly baseUrl: string;
  readonly sdk: Client;
  get<T>(path: string, options?: GraphRequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: GraphRequestOptions): Promise<T>;
  patch<T>(path: string, body: unknown, options?: GraphRequestOptions): Promise<T>;
  /** A string, or a Blob for bytes (sent as they are, never re-encoded as text). */
  put<T>(path: string, body: string | Blob, options?: GraphRequestOptions): Promise<T>;
  delete(path: string, options?: GraphRequestOptions): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * `createGraphClient({ baseUrl: 'http://127.0.0.1:4321/v1.0' })` → a client whose
 * `get('/sites/root/lists')` resolves to `{ value: [...] }`.
 *
 * Pipeline: auth (bearer from the callback) → the SDK's RetryHandler (429/503/504,
 * Retry-After honoured, exponential back-off otherwise) → a per-attempt timeout → the
 * SharePoint user agent → `onSend`, when given → the SDK's HTTPMessageHandler.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl.replace(/\/+$/, ''));
  const segments = base.pathname.split('/').filter(Boolean);
  const version = segments.pop() ?? 'v1.0';
  const host = `${base.origin}/${segments.length ? `${segments.join('/')}/` : ''}`;
  const baseUrl = `${host}${version}`;

  const defaultHeaders = options.headers;
  const chain: Middleware[] = [];
  if (options.getAccessToken) {
    const getAccessToken = options.getAccessToken;
    const provider: AuthenticationProvider = { getAccessToken: () => getAccessToken() };
    chain.push(new AuthenticationHandler(provider));
  }
  chain.push(
    new RetryHandler(
      new RetryHandlerOptions(options.retryDelaySeconds ?? 2, options.maxRetries ?? 4),
    ),
    new TimeoutHandler(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    new UserAgentHandler(
      userAgentFor(options.organisation ?? 'Council', options.version ?? '0.1.0'),
    ),
  );
  if (options.onSend) chain.push(new SendHandler(options.onSend));
  chain.push(new HTTPMessageHandler());
  for (let i = 0; i < chain.length - 1; i += 1) chain[i]!.setNext!(chain[i + 1]!);

  const sdk = Client.initWithMiddleware({
    middleware: chain[0]!,
    baseUrl: host,
    defaultVersion: version,
    // The SDK compares hosts without the port, so `host` (with port) would never match.
    customHosts: new Set([base.hostname]),
  });

  /** Absolute links from Graph go back as paths: the SDK only parses https:// links itself. */
  const relative = (path: string) => (path.startsWith(baseUrl) ? path.slice(baseUrl.length) : path);

  const call = async <T>(
    path: string,
    options: GraphRequestOptions | undefined,
    send: (request: ReturnType<Client['api']>) => Promise<unknown>,
  ): Promise<T> => {
    let request = sdk.api(relative(path));
    const headers = { ...defaultHeaders?.(), ...options?.headers };
    if (Object.keys(headers).length > 0) request = request.headers(headers);
    try {
      return (await send(request)) as T;
    } catch (thrown) {
      throw toGraphRequestError(thrown);
    }
  };

  return {
    baseUrl,
    sdk,
    get: (path, o) => call(path, o, (r) => r.get()),
    post: (path, body, o) => call(path, o, (r) => r.post(body)),
    patch: (path, body, o) => call(path, o, (r) => r.patch(body)),
    put: (path, body, o) => call(path, o, (r) => r.put(body)),
    delete: async (path, o) => {
      await call(path, o, (r) => r.delete());
    },
  };
}
