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
  /** The site's address, e.g. `https://examplecounty.sharepoint.com/sites/complaints`. */
  readonly webUrl: string;
  /** A bearer token for SharePoint (not Graph's); absent for the plain emulator. */
  readonly getAccessToken?: () => Promise<string>;
  /** Extra headers on every request (the plain emulator's demo user header). */
  readonly headers?: () => Readonly<Record<string, string>>;
  readonly fetch?: typeof fetch;
}

export interface SharePointRest {
  readonly webUrl: string;
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
  const base = options.webUrl.replace(/\/$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json;odata=nometadata',
      ...options.headers?.(),
    };
    if (options.getAccessToken) headers.authorization = `Bearer ${await options.getAccessToken()}`;
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
    webUrl: base,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
  };
}
