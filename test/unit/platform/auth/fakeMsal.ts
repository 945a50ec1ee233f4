import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import type { MsalClient } from '../../../../src/platform/auth/msalTokenProvider';

/** A scripted stand-in for MSAL's public client: each method runs the next step queued for it. */
type Step = (request: Record<string, unknown>) => AuthenticationResult;

export const account = (id = 'home-1'): AccountInfo => ({
  homeAccountId: id,
  environment: 'login.microsoftonline.com',
  tenantId: 'tenant',
  username: 'officer@contoso.example',
  localAccountId: id,
});

export const result = (
  accessToken: string,
  acct: AccountInfo | null = account(),
): AuthenticationResult =>
  ({
    accessToken,
    account: acct,
    expiresOn: new Date(Date.now() + 3_600_000),
  }) as unknown as AuthenticationResult;

export class FakeMsal implements MsalClient {
  active: AccountInfo | null = null;
  accounts: AccountInfo[] = [];
  readonly calls: Array<{ method: string; request: Record<string, unknown> }> = [];
  readonly steps: Record<'acquireTokenSilent' | 'ssoSilent' | 'acquireTokenPopup', Step[]> = {
    acquireTokenSilent: [],
    ssoSilent: [],
    acquireTokenPopup: [],
  };

  on(method: keyof FakeMsal['steps'], ...steps: Step[]): this {
    this.steps[method].push(...steps);
    return this;
  }

  getActiveAccount = () => this.active;
  getAllAccounts = () => this.accounts;
  setActiveAccount = (acct: AccountInfo | null) => {
    this.active = acct;
  };

  private run(method: keyof FakeMsal['steps'], request: object): Promise<AuthenticationResult> {
    this.calls.push({ method, request: request as Record<string, unknown> });
    const step = this.steps[method].shift();
    if (!step) return Promise.reject(new Error(`unexpected ${method}`));
    try {
      return Promise.resolve(step(request as Record<string, unknown>));
    } catch (thrown) {
      return Promise.reject(thrown);
    }
  }

  acquireTokenSilent = (request: object) => this.run('acquireTokenSilent', request);
  ssoSilent = (request: object) => this.run('ssoSilent', request);
  acquireTokenPopup = (request: object) => this.run('acquireTokenPopup', request);
  cacheCleared = 0;
  clearCache = () => {
    this.cacheCleared += 1;
    this.accounts = [];
    this.active = null;
    return Promise.resolve();
  };
}
