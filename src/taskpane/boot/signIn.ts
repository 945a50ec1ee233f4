import type { AppConfig } from '../../platform/config';
import { graphTokenCallback } from '../../platform/auth/accessTokenProvider';
import { createDevTokenProvider } from '../../platform/auth/devTokenProvider';
import { createTenantTokenProvider } from '../../platform/auth/createTenantTokenProvider';
import type { OfficeDialogApi } from '../../platform/auth/officeDialog';

/**
 * The Graph token callback for a page: the emulator's development tokens in strict mode, or
 * MSAL (nested app authentication) for a tenant. Loaded with `import()` only when needed.
 */
export async function tokenCallbackFor(
  config: AppConfig,
  office?: OfficeDialogApi,
): Promise<() => Promise<string>> {
  if (config.mode === 'emulator') {
    if (!config.devTokenUrl) throw new Error('No token is needed for this emulator.');
    return graphTokenCallback(createDevTokenProvider({ tokenUrl: config.devTokenUrl }));
  }
  const provider = await createTenantTokenProvider(config, {
    pageUrl: location.href,
    ...(office ? { office } : {}),
  });
  return graphTokenCallback(provider);
}
