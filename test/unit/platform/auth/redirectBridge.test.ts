import { describe, expect, it } from 'vitest';
import { bridgeActionFor, bridgeUrls } from '../../../../src/platform/auth/redirectBridge';
import { parseDialogMessage } from '../../../../src/platform/auth/dialogMessage';
import { authErrorFromMsal } from '../../../../src/platform/auth/msalErrors';

describe('redirect bridge page', () => {
  const page = 'https://app.example/fd/auth-redirect.html';
  it.each([
    [`${page}#code=abc&state=xyz`, 'broadcast'],
    [`${page}?code=abc&state=xyz`, 'broadcast'],
    [`${page}#error=access_denied&state=xyz`, 'broadcast'],
    [`${page}?dialog=start`, 'dialog-start'],
    [`${page}?dialog=return`, 'dialog-return'],
    [page, 'idle'],
    [`${page}#code=abc`, 'idle'],
  ])('%s → %s', (url, action) => {
    expect(bridgeActionFor(new URL(url))).toBe(action);
  });

  it('finds the bridge beside the page that signs in', () => {
    expect(bridgeUrls('https://app.example/fd/taskpane.html?x=1#y')).toEqual({
      bridge: 'https://app.example/fd/auth-redirect.html',
      dialogStart: 'https://app.example/fd/auth-redirect.html?dialog=start',
      dialogReturn: 'https://app.example/fd/auth-redirect.html?dialog=return',
      origin: 'https://app.example',
    });
  });
});

describe('dialog messages', () => {
  it('rejects unreadable messages and unknown codes', () => {
    expect(parseDialogMessage('not json')).toMatchObject({
      kind: 'error',
      error: { detail: 'dialog_message_unreadable' },
    });
    expect(parseDialogMessage('{"type":"error","code":"root"}')).toMatchObject({
      kind: 'error',
      error: { detail: 'dialog_message_invalid' },
    });
  });
});

describe('MSAL errors', () => {
  it.each([
    [
      {
        name: 'InteractionRequiredAuthError',
        errorCode: 'invalid_grant',
        subError: 'consent_required',
      },
      'consent_required',
    ],
    [
      {
        name: 'ServerError',
        errorCode: 'invalid_grant',
        errorMessage: 'AADSTS65001: not consented',
      },
      'consent_required',
    ],
    [
      { name: 'ServerError', errorCode: 'access_denied', errorMessage: 'AADSTS65004: declined' },
      'cancelled',
    ],
    [{ name: 'BrowserAuthError', errorCode: 'empty_window_error' }, 'popup_blocked'],
    [{ name: 'BrowserAuthError', errorCode: 'user_cancelled' }, 'cancelled'],
    [{ name: 'BrowserAuthError', errorCode: 'no_account_error' }, 'signed_out'],
    [{ name: 'InteractionRequiredAuthError', errorCode: 'something_new' }, 'interaction_required'],
    [{ name: 'ServerError', errorCode: 'invalid_scope' }, 'wrong_scope'],
    [new TypeError('x'), 'unknown'],
  ])('%o → %s', (thrown, code) => {
    expect(authErrorFromMsal(thrown).code).toBe(code);
  });
});
