import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type Configuration,
} from '@azure/msal-browser';
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../src/domain/primitives/result';
import { SITES_SELECTED } from '../../../../src/platform/auth/accessTokenProvider';
import { createTenantTokenProvider } from '../../../../src/platform/auth/createTenantTokenProvider';
import { dialogTokenMessage } from '../../../../src/platform/auth/dialogMessage';
import type { OfficeDialogApi } from '../../../../src/platform/auth/officeDialog';
import { FakeMsal } from './fakeMsal';

const CONFIG = {
  tenantId: 'examplecounty.onmicrosoft.com',
  clientId: '11111111-2222-3333-4444-555555555555',
};
const PAGE = 'https://fd.example.gov.uk/desk/tab.html?x=1';

describe('tenant sign-in wiring', () => {
  it('initialises TeamsJS before creating MSAL, and configures MSAL for the tenant and the bridge page', async () => {
    const order: string[] = [];
    let seen: Configuration | undefined;
    await createTenantTokenProvider(CONFIG, {
      pageUrl: PAGE,
      initializeTeams: async () => {
        await Promise.resolve();
        order.push('teams');
      },
      createClient: async (configuration) => {
        order.push('msal');
        seen = configuration;
        return new FakeMsal();
      },
    });
    expect(order).toEqual(['teams', 'msal']);
    expect(seen).toEqual({
      auth: {
        clientId: CONFIG.clientId,
        authority: 'https://login.microsoftonline.com/examplecounty.onmicrosoft.com',
        redirectUri: 'https://fd.example.gov.uk/desk/auth-redirect.html',
      },
      cache: { cacheLocation: 'sessionStorage' },
    });
  });

  it('in Outlook, falls back to the Office dialog at the bridge page when the popup is blocked', async () => {
    const msal = new FakeMsal()
      .on('ssoSilent', () => {
        throw new InteractionRequiredAuthError('login_required', 'corr');
      })
      .on('acquireTokenPopup', () => {
        throw new BrowserAuthError('popup_window_error', 'corr');
      });
    const opened: string[] = [];
    const office = new OfficeMockObject(
      {
        EventType: {
          DialogMessageReceived: 'dialogMessageReceived',
          DialogEventReceived: 'dialogEventReceived',
        },
        AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
        context: {
          ui: {
            displayDialogAsync(
              url: string,
              _options: unknown,
              callback: (result: unknown) => void,
            ) {
              opened.push(url);
              callback({
                status: 'succeeded',
                value: {
                  addEventHandler: (
                    type: string,
                    handler: (arg: { message: string; origin: string }) => void,
                  ) => {
                    if (type === 'dialogMessageReceived') {
                      queueMicrotask(() =>
                        handler({
                          message: dialogTokenMessage('dialog-token', Date.now() + 3_600_000),
                          origin: 'https://fd.example.gov.uk',
                        }),
                      );
                    }
                  },
                  close: () => undefined,
                },
              });
            },
          },
        },
      },
      'outlook' as ConstructorParameters<typeof OfficeMockObject>[1],
    ) as unknown as OfficeDialogApi;
    const provider = await createTenantTokenProvider(CONFIG, {
      pageUrl: PAGE,
      office,
      createClient: async () => msal,
    });
    expect(await provider.getToken([SITES_SELECTED], { interactive: true })).toEqual(
      ok('dialog-token'),
    );
    expect(opened).toEqual(['https://fd.example.gov.uk/desk/auth-redirect.html?dialog=start']);
  });
});
