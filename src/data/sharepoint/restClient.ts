/**
 * A small client for SharePoint's REST API (`{site}/_api/…`), for what Graph cannot do: site
 * groups and list permissions (provisioning) and the signed-in person's groups (the apps).
 * JSON without OData metadata; errors carry SharePoint's status and message.
 *
 * ```ts
 * const rest = createSharePointRest({ webUrl: 'https://examplecounty.sharepoint.com/sites/complaints', getAccessToken });
 * await rest.get<{ value: { Title: string }[] }>('web/currentuser/groups'); // → { value: [{ Title: 'Complaints officers' }] }
 * ```
 */
export interface SharePointRestOptions {
  /**
   * The site's address, e.g. `https://examplecounty.sharepoint.com/sites/complaints`, or how to
   * find it (asked once, on the first request).
   */
  readonly webUrl: string | (() => Promise<string>);
  /** A bearer token for SharePoint at that address (not Graph's); absent for the plain emulator. */
  readonly getAccessToken?: (webUrl: string) => Promise<string>;
  /** Extra headers on every request (the plain emulator's demo user header). */
  readonly headers?: () => Readonly<Record<string, string>>;
  readonly fetch?: typeof fetch;
}

export interface SharePointRest {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
}

export class SharePointRestError extends Error {
  override readonly name = 'SharePointRestError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `'Heads of service'` → `'Heads%20of%20service'` inside `getbyname('…')`, quotes doubled. */
export const restString = (text: string) => encodeURIComponent(text.replace(/'/g, "''"));

export function createSharePointRest(options: SharePointRestOptions): SharePointRest {
  let base: Promise<string> | undefined;
  const baseUrl = () => {
    const { webUrl } = options;
    base ??= (typeof webUrl === 'string' ? Promise.resolve(webUrl) : webUrl()).then(
      (url) => url.replace(/\/$/, ''),
      (error: unknown) => {
        base = undefined;
        throw new SharePointRestError(
          0,
          `the site's address could not be found: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
    return base;
  };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const base = await baseUrl();
    const headers: Record<string, string> = {
      accept: 'application/json;odata=nometadata',
      ...options.headers?.(),
    };
    if (options.getAccessToken)
      headers.authorization = `Bearer ${await options.getAccessToken(base)}`;
    if (body !== undefined) headers['content-type'] = 'application/json;odata=nometadata';
    let response: Response;
    try {
      response = await doFetch(`${base}/_api/${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new SharePointRestError(
        0,
        `no answer from ${base}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const error = (parsed as { 'odata.error'?: { message?: { value?: string } } } | undefined)?.[
        'odata.error'
      ];
      throw new SharePointRestError(
        response.status,
        error?.message?.value ?? `SharePoint answered ${response.status}`,
      );
    }
    return parsed as T;
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
  };
}
