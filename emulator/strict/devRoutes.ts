import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http/io';
import type { AuthSwitches, TokenAuthority, TokenRequest } from './tokenAuthority';

/**
 * The development endpoints strict mode adds beside /v1.0:
 * - `POST /_dev/token` — `{"scopes":["https://graph.microsoft.com/Sites.Selected"],"interactive":false,"user":"priya.shah@examplecounty.gov.uk"}`
 *   (or an OAuth form body with `scope`, `client_id`, `prompt`, `login_hint`) → `{"access_token":"eyJ…","token_type":"Bearer","expires_in":3600,"scope":"Sites.Selected"}`,
 *   or `400 {"error":"interaction_required","suberror":"consent_required",…}`. With `user` (a
 *   person of the directory) the token is that person's: Graph stamps their writes and their
 *   SharePoint groups decide what they may write; an unknown `user` is `400 invalid_request`.
 *   Without `user` the token is the site administrator's. A scope of another resource
 *   (`https://127.0.0.1:4321/Sites.Selected`) gives a token for SharePoint's REST API there;
 * - `GET /_dev/auth` — the switches; `PATCH /_dev/auth` with some of them changes them;
 *   `DELETE /_dev/auth` puts them back.
 */
const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
};

const SWITCH_CHECKS: { [K in keyof AuthSwitches]: (value: unknown) => boolean } = {
  consent: (v) => v === 'granted' || v === 'required' || v === 'admin_required',
  interactionRequired: (v) => typeof v === 'boolean',
  tokenLifetimeSeconds: (v) => typeof v === 'number' && Number.isFinite(v),
  scopeOverride: (v) => v === null || typeof v === 'string',
  audienceOverride: (v) => v === null || typeof v === 'string',
  issuerOverride: (v) => v === null || typeof v === 'string',
};

/** `parseSwitches({ consent: 'required' })` → `{ ok: true, value: { consent: 'required' } }`; unknown keys or bad values are refused by name. */
export function parseSwitches(
  value: unknown,
): { ok: true; value: Partial<AuthSwitches> } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'Send a JSON object of switches.' };
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const check = SWITCH_CHECKS[key as keyof AuthSwitches] as ((v: unknown) => boolean) | undefined;
    if (!check)
      return {
        ok: false,
        message: `Unknown switch "${key}". Known: ${Object.keys(SWITCH_CHECKS).join(', ')}.`,
      };
    if (!check(entry))
      return { ok: false, message: `Switch "${key}" cannot be ${JSON.stringify(entry)}.` };
    out[key] = entry;
  }
  return { ok: true, value: out as Partial<AuthSwitches> };
}

function parseTokenRequest(req: IncomingMessage, raw: string): TokenRequest | undefined {
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(raw);
    const user = form.get('login_hint');
    return {
      scopes: (form.get('scope') ?? '').split(' ').filter(Boolean),
      clientId: form.get('client_id') ?? 'unknown',
      interactive: form.get('prompt') === 'consent' || form.get('prompt') === 'login',
      ...(user ? { user } : {}),
    };
  }
  try {
    const body = JSON.parse(raw) as {
      scopes?: unknown;
      client_id?: unknown;
      interactive?: unknown;
      user?: unknown;
    };
    if (!Array.isArray(body.scopes) || !body.scopes.every((s) => typeof s === 'string'))
      return undefined;
    if (body.user !== undefined && (typeof body.user !== 'string' || body.user.trim() === ''))
      return undefined;
    return {
      scopes: body.scopes as string[],
      clientId: typeof body.client_id === 'string' ? body.client_id : 'unknown',
      interactive: body.interactive === true,
      ...(typeof body.user === 'string' ? { user: body.user.trim() } : {}),
    };
  } catch {
    return undefined;
  }
}

export function devRoutes(authority: TokenAuthority) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    if (url.pathname === '/_dev/token') {
      if (req.method !== 'POST') {
        send(res, 405, { error: 'invalid_request', error_description: 'Use POST.' });
        return true;
      }
      const request = parseTokenRequest(req, (await readBody(req)).toString('utf8'));
      if (!request) {
        send(res, 400, {
          error: 'invalid_request',
          error_description:
            'Send {"scopes":["https://graph.microsoft.com/Sites.Selected"]}, and "user" as a sign-in name if you give one.',
        });
        return true;
      }
      const issued = authority.issue(request);
      send(res, issued.ok ? 200 : issued.status, issued.body);
      return true;
    }
    if (url.pathname === '/_dev/auth') {
      if (req.method === 'GET') send(res, 200, authority.switches);
      else if (req.method === 'DELETE') {
        authority.reset();
        send(res, 200, authority.switches);
      } else if (req.method === 'PATCH' || req.method === 'PUT') {
        let body: unknown;
        try {
          body = JSON.parse((await readBody(req)).toString('utf8'));
        } catch {
          body = undefined;
        }
        const parsed = parseSwitches(body);
        if (parsed.ok) send(res, 200, authority.setSwitches(parsed.value));
        else send(res, 400, { error: 'invalid_request', error_description: parsed.message });
      } else
        send(res, 405, {
          error: 'invalid_request',
          error_description: 'Use GET, PATCH or DELETE.',
        });
      return true;
    }
    return false;
  };
}
