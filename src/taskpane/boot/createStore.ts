import type { FeedbackStore } from '../../data/store';
import { createGraphClient } from '../../data/graph/client';
import { createGraphStore } from '../../data/graphStore/createGraphStore';
import type { AppConfig } from '../../platform/config';

/**
 * The store for a config. Against the emulator no token is needed (or the emulator's dev
 * token endpoint gives one); against a tenant, sign-in is loaded with `import()` so the
 * MSAL code stays out of the first load of the demo and the tests.
 */
export async function createStore(
  config: AppConfig,
  tenantToken?: () => Promise<() => Promise<string>>,
): Promise<FeedbackStore> {
  if (config.mode === 'emulator' && !config.devTokenUrl) {
    return createGraphStore(createGraphClient({ baseUrl: config.graphBaseUrl }), {
      siteId: config.siteId,
    });
  }
  if (!tenantToken) throw new Error('This page cannot sign in to a tenant.');
  const getAccessToken = await tenantToken();
  return createGraphStore(
    createGraphClient({
      baseUrl: config.graphBaseUrl,
      getAccessToken,
      ...(config.mode === 'tenant' ? { organisation: config.organisation } : {}),
    }),
    { siteId: config.siteId },
  );
}
