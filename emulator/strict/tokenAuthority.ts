import { randomBytes, randomUUID } from 'node:crypto';
import { signJwt, verifyJwt } from './jwt';
import type { Directory } from '../security/principal';

/**
 * The emulator's development identity platform: it issues bearer tokens the way Entra ID
 * would for Feedback Desk (audience Graph, delegated scope `Sites.Selected`) and checks them
 * on every Graph request. Switches let tests simulate what goes wrong in real tenants.
 */
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
export const REQUIRED_SCOPE = 'Sites.Selected';
export const DEV_ISSUER = 'https://login.emulator.invalid/feedback-desk/v2.0';

export interface AuthSwitches {
  /**
   * `granted` (default); `required`: silent requests fail with consent_required and an
   * interactive one grants it (the person accepts the prompt); `admin_required`: every request
   * fails until the switch changes (only an administrator can consent).
   */
  consent: 'granted' | 'required' | 'admin_required';
  /** Silent requests fail with interaction_required until one interactive request. */
  interactionRequired: boolean;
  /** Lifetime of the next tokens, in seconds; 0 or less issues already-expired tokens. */
  tokenLifetimeSeconds: number;
  /** Scope put in the next tokens instead of what was asked for (e.g. `Sites.Read.All`). */
  scopeOverride: string | null;
  /** Audience and issuer put in the next tokens instead of the right ones. */
  audienceOverride: string | null;
  issuerOverride: string | null;
}

export const DEFAULT_SWITCHES: AuthSwitches = {
  consent: 'granted',
  interactionRequired: false,
  tokenLifetimeSeconds: 3600,
  scopeOverride: null,
  audienceOverride: null,
  issuerOverride: null,
};

export interface TokenRequest {
  readonly scopes: readonly string[];
  readonly clientId: string;
  readonly interactive: boolean;
  /** The person the token is for: a sign-in name of the directory. Absent: the site's administrator. */
  readonly user?: string;
}

export type IssueResult =
  | {
      ok: true;
      body: { access_token: string; token_type: 'Bearer'; expires_in: number; scope: string };
    }
  | {
      ok: false;
      status: 400;
      body: { error: string; suberror?: string; error_description: string };
    };

export type CheckResult =
  | { ok: true; user?: { upn: string; displayName: string } }
  | { ok: false; status: 401 | 403; code: string; message: string };

/**
 * The resource a token is for, from the scopes asked for: Graph's
 * (`https://graph.microsoft.com/Sites.Selected`, or a bare `Sites.Selected`), or a SharePoint
 * site's (`https://127.0.0.1:4321/Sites.Selected`: its origin).
 */
export function audienceOf(scopes: readonly string[]): string {
  for (const scope of scopes) {
    const match = /^(https?:\/\/[^/]+)\//i.exec(scope);
    if (match?.[1] && match[1].toLowerCase() !== GRAPH_AUDIENCE) return match[1].toLowerCase();
  }
  return GRAPH_AUDIENCE;
}

/** `https://graph.microsoft.com/Sites.Selected` → `Sites.Selected` (any resource's prefix goes); `.default` and OIDC scopes are dropped. */
export function graphScopeNames(scopes: readonly string[]): string[] {
  return scopes
    .map((s) => s.replace(/^https?:\/\/[^/]+\//i, ''))
    .filter((s) => !['openid', 'profile', 'offline_access', '.default'].includes(s));
}

export class TokenAuthority {
  readonly #secret = randomBytes(32);
  readonly #now: () => number;
  switches: AuthSwitches = { ...DEFAULT_SWITCHES };

  readonly #directory: Directory | undefined;

  constructor(now: () => number = Date.now, directory?: Directory) {
    this.#now = now;
    this.#directory = directory;
  }

  setSwitches(change: Partial<AuthSwitches>): AuthSwitches {
    this.switches = { ...this.switches, ...change };
    return this.switches;
  }

  reset(): void {
    this.switches = { ...DEFAULT_SWITCHES };
  }

  issue(request: TokenRequest): IssueResult {
    const s = this.switches;
    const person = request.user === undefined ? undefined : this.#directory?.find(request.user);
    if (request.user !== undefined && !person) {
      return {
        ok: false,
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: `AADSTS50034: The user account ${request.user} does not exist in the emulator's directory.`,
        },
      };
    }
    if (s.consent === 'admin_required' || (s.consent === 'required' && !request.interactive)) {
      return {
        ok: false,
        status: 400,
        body: {
          error: 'interaction_required',
          suberror: 'consent_required',
          error_description:
            s.consent === 'admin_required'
              ? 'AADSTS90094: An administrator must grant consent for Feedback Desk.'
              : 'AADSTS65001: The user or administrator has not consented to use the application.',
        },
      };
    }
    if (s.interactionRequired && !request.interactive) {
      return {
        ok: false,
        status: 400,
        body: {
          error: 'interaction_required',
          error_description:
            'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
        },
      };
    }
    if (request.interactive)
      this.switches = { ...s, consent: 'granted', interactionRequired: false };
    const scopes = graphScopeNames(request.scopes);
    if (scopes.length === 0) {
      return {
        ok: false,
        status: 400,
        body: {
          error: 'invalid_scope',
          error_description: 'AADSTS70011: No Graph scope was requested.',
        },
      };
    }
    const nowSeconds = Math.floor(this.#now() / 1000);
    const scope = s.scopeOverride ?? scopes.join(' ');
    const claims = {
      aud: s.audienceOverride ?? audienceOf(request.scopes),
      iss: s.issuerOverride ?? DEV_ISSUER,
      iat: nowSeconds,
      nbf: nowSeconds - 60,
      exp: nowSeconds + s.tokenLifetimeSeconds,
      appid: request.clientId,
      scp: scope,
      oid: person ? `dev-user:${person.upn.toLowerCase()}` : 'dev-admin',
      ...(person ? { upn: person.upn, name: person.displayName } : {}),
      tid: 'dev-tenant',
      uti: randomUUID(),
      ver: '1.0',
    };
    return {
      ok: true,
      body: {
        access_token: signJwt(claims, this.#secret),
        token_type: 'Bearer',
        expires_in: Math.max(s.tokenLifetimeSeconds, 0),
        scope,
      },
    };
  }

  /**
   * Checks an `Authorization` header as Graph does, with Graph's codes and messages.
   * `check(undefined)` → `{ ok: false, status: 401, code: 'InvalidAuthenticationToken', message: 'Access token is empty.' }`
   */
  check(
    authorization: string | undefined,
    resource: 'graph' | 'sharepoint' = 'graph',
  ): CheckResult {
    const denied = (message: string): CheckResult => ({
      ok: false,
      status: 401,
      code: 'InvalidAuthenticationToken',
      message,
    });
    if (!authorization) return denied('Access token is empty.');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) return denied('Access token is empty.');
    const verified = verifyJwt(match[1], this.#secret);
    if (!verified.ok)
      return denied(
        verified.reason === 'malformed'
          ? 'IDX14100: JWT is not well formed.'
          : 'Access token validation failure. Invalid signature.',
      );
    const { claims } = verified;
    if (claims.iss !== DEV_ISSUER)
      return denied('Access token validation failure. Invalid issuer.');
    const graphToken =
      claims.aud === GRAPH_AUDIENCE || claims.aud === '00000003-0000-0000-c000-000000000000';
    // Graph takes only Graph's tokens; SharePoint's REST API only a SharePoint site's.
    if (graphToken !== (resource === 'graph'))
      return denied('Access token validation failure. Invalid audience.');
    const nowSeconds = this.#now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds)
      return denied('Lifetime validation failed, the token is expired.');
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds)
      return denied('Lifetime validation failed, the token is not yet valid.');
    const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
    if (!scopes.includes(REQUIRED_SCOPE)) {
      return {
        ok: false,
        status: 403,
        code: 'accessDenied',
        message:
          'Either scp or roles claim need to be present in the token with the Sites.Selected permission.',
      };
    }
    if (typeof claims.upn === 'string' && typeof claims.name === 'string')
      return { ok: true, user: { upn: claims.upn, displayName: claims.name } };
    return { ok: true };
  }
}
