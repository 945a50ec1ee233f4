import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { loadConfig } from '../config';
import { GRAPH_SCOPES } from './accessTokenProvider';
import { authError } from './authError';
import { dialogErrorMessage, dialogTokenMessage } from './dialogMessage';
import { authErrorFromMsal } from './msalErrors';
import { bridgeUrls } from './redirectBridge';

/** `Office.context.ui.messageParent`, the one Office.js call the dialog page makes. */
export type MessageParent = (message: string) => void;

/**
 * Inside the Office sign-in dialog (the bridge page at `?dialog=start`, then `?dialog=return`):
 * sign in with a full-page redirect, which no pop-up blocker stops, and send the token (or the
 * reason there is none) to the add-in. The token travels only through `messageParent`.
 */
export async function runDialogSignIn(
  step: 'start' | 'return',
  pageUrl: string,
  messageParent: MessageParent,
): Promise<void> {
  const config = await loadConfig({ pageUrl });
  if (!config.ok || config.value.mode !== 'tenant') {
    messageParent(
      dialogErrorMessage(authError('unknown', config.ok ? 'not_tenant_mode' : config.error.code)),
    );
    return;
  }
  const urls = bridgeUrls(pageUrl);
  try {
    const client = await createStandardPublicClientApplication({
      auth: {
        clientId: config.value.clientId,
        authority: `https://login.microsoftonline.com/${config.value.tenantId}`,
        redirectUri: urls.bridge,
      },
      cache: { cacheLocation: 'sessionStorage' },
    });
    if (step === 'start') {
      await client.acquireTokenRedirect({
        scopes: [...GRAPH_SCOPES],
        redirectStartPage: urls.dialogReturn,
      });
      return;
    }
    const result = await client.handleRedirectPromise();
    if (!result) {
      messageParent(dialogErrorMessage(authError('cancelled', 'no_redirect_result')));
      return;
    }
    messageParent(
      dialogTokenMessage(
        result.accessToken,
        result.expiresOn?.getTime() ?? Date.now() + 5 * 60_000,
      ),
    );
  } catch (thrown) {
    messageParent(dialogErrorMessage(authErrorFromMsal(thrown)));
  }
}
