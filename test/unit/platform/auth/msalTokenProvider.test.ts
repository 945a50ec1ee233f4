import { BrowserAuthError, InteractionRequiredAuthError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../src/domain/primitives/result';
import { SITES_SELECTED } from '../../../../src/platform/auth/accessTokenProvider';
import { authError } from '../../../../src/platform/auth/authError';
import { createMsalTokenProvider } from '../../../../src/platform/auth/msalTokenProvider';
import { account, FakeMsal, result } from './fakeMsal';

const SCOPES = [SITES_SELECTED];
const needsLogin = () => {
  throw new InteractionRequiredAuthError('login_required', 'corr');
};
const noConsent = () => {
  throw new InteractionRequiredAuthError(
    'consent_required',
    'corr',
    'AADSTS65001: The user or administrator has not consented',
  );
};
const popupBlocked = () => {
  throw new BrowserAuthError('popup_window_error', 'corr');
};

describe('MSAL token chain', () => {
  it('uses acquireTokenSilent for the known account and nothing else', async () => {
    const msal = new FakeMsal().on('acquireTokenSilent', () => result('silent-token'));
    msal.accounts = [account()];
    const provider = createMsalTokenProvider({ client: msal });
    expect(await provider.getToken(SCOPES)).toEqual(ok('silent-token'));
    expect(msal.calls.map((c) => c.method)).toEqual(['acquireTokenSilent']);
    expect(msal.calls[0]?.request).toMatchObject({
      scopes: SCOPES,
      account: account(),
      forceRefresh: false,
    });
    expect(msal.active).toEqual(account());
  });

  it('falls back to ssoSilent when there is no account yet, without any UI', async () => {
    const msal = new FakeMsal().on('ssoSilent', () => result('sso-token'));
    const provider = createMsalTokenProvider({ client: msal });
    expect(await provider.getToken(SCOPES)).toEqual(ok('sso-token'));
    expect(msal.calls.map((c) => c.method)).toEqual(['ssoSilent']);
    expect(msal.active?.homeAccountId).toBe('home-1');
  });

  it('goes silent → ssoSilent → popup when a person signs in', async () => {
    const msal = new FakeMsal()
      .on('acquireTokenSilent', needsLogin)
      .on('ssoSilent', needsLogin)
      .on('acquireTokenPopup', () => result('popup-token'));
    msal.active = account();
    const provider = createMsalTokenProvider({ client: msal });
    expect(await provider.getToken(SCOPES, { interactive: true })).toEqual(ok('popup-token'));
    expect(msal.calls.map((c) => c.method)).toEqual([
      'acquireTokenSilent',
      'ssoSilent',
      'acquireTokenPopup',
    ]);
  });

  it('never opens a popup unless asked: a silent miss is reported as signed out', async () => {
    const msal = new FakeMsal().on('ssoSilent', needsLogin);
    const provider = createMsalTokenProvider({ client: msal });
    expect(await provider.getToken(SCOPES)).toEqual(
      err(authError('interaction_required', 'login_required')),
    );
    expect(msal.calls.map((c) => c.method)).toEqual(['ssoSilent']);
  });

  it('reports missing consent plainly and recovers through the popup', async () => {
    const msal = new FakeMsal()
      .on('acquireTokenSilent', noConsent)
      .on('ssoSilent', needsLogin)
      .on('acquireTokenSilent', noConsent)
      .on('ssoSilent', noConsent)
      .on('acquireTokenPopup', () => result('consented-token'));
    msal.active = account();
    const provider = createMsalTokenProvider({ client: msal });
    const first = await provider.getToken(SCOPES);
    expect(first).toMatchObject({ ok: false, error: { code: 'consent_required' } });
    expect(!first.ok && first.error.message).toBe(
      'Feedback Desk has not yet been given permission to use the complaints site.',
    );
    expect(await provider.getToken(SCOPES, { interactive: true })).toEqual(ok('consented-token'));
  });

  it('falls back to the Office dialog where the popup is blocked', async () => {
    const msal = new FakeMsal().on('ssoSilent', needsLogin).on('acquireTokenPopup', popupBlocked);
    let dialogs = 0;
    const provider = createMsalTokenProvider({
      client: msal,
      now: () => 1_000,
      dialogFallback: async () => {
        dialogs += 1;
        return ok({ accessToken: 'dialog-token', expiresOn: 1_000 + 3_600_000 });
      },
    });
    expect(await provider.getToken(SCOPES, { interactive: true })).toEqual(ok('dialog-token'));
    // The dialog's token is kept in memory: the next Graph call does not reopen anything.
    expect(await provider.getToken(SCOPES)).toEqual(ok('dialog-token'));
    expect(dialogs).toBe(1);
  });

  it('says the popup was blocked when there is no dialog to fall back on', async () => {
    const msal = new FakeMsal().on('ssoSilent', needsLogin).on('acquireTokenPopup', popupBlocked);
    const provider = createMsalTokenProvider({ client: msal });
    expect(await provider.getToken(SCOPES, { interactive: true })).toMatchObject({
      ok: false,
      error: {
        code: 'popup_blocked',
        action: 'Allow pop-ups for this site, then select Sign in again.',
      },
    });
  });

  it('refreshes silently after Graph refused an expired token', async () => {
    const msal = new FakeMsal()
      .on('acquireTokenSilent', () => result('old-token'))
      .on('acquireTokenSilent', (request) =>
        result(request.forceRefresh === true ? 'new-token' : 'old-token'),
      );
    msal.active = account();
    const provider = createMsalTokenProvider({ client: msal });
    expect(await provider.getToken(SCOPES)).toEqual(ok('old-token'));
    provider.invalidate('old-token');
    expect(await provider.getToken(SCOPES)).toEqual(ok('new-token'));
    expect(msal.calls.map((c) => c.method)).toEqual(['acquireTokenSilent', 'acquireTokenSilent']);
  });

  it('does not try other routes when the network is down', async () => {
    const msal = new FakeMsal().on('acquireTokenSilent', () => {
      throw new BrowserAuthError('no_network_connectivity', 'corr');
    });
    msal.active = account();
    const provider = createMsalTokenProvider({ client: msal });
    expect(await provider.getToken(SCOPES, { interactive: true })).toEqual(
      err(authError('network', 'no_network_connectivity')),
    );
    expect(msal.calls).toHaveLength(1);
  });
});
