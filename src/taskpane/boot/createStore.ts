import type { FeedbackStore } from '../../data/store';
import { createGraphStore } from '../../data/graphStore/createGraphStore';
import type { SessionStore } from '../../platform/auth/session';
import { createSignedInGraph, type SignInHosts } from '../../platform/auth/signedInGraph';
import type { AppConfig } from '../../platform/config';

export interface PaneStore {
  readonly store: FeedbackStore;
  /** The sign-in session; absent against the emulator without `devTokenUrl` (no token needed). */
  readonly session: SessionStore | undefined;
}

/**
 * The store for a config, over a Graph client that takes its tokens from the sign-in session
 * (the emulator's development tokens in strict mode, or MSAL for a tenant, loaded with
 * `import()` so the demo never downloads it).
 */
export async function createStore(config: AppConfig, hosts: SignInHosts): Promise<PaneStore> {
  const { client, session } = await createSignedInGraph(config, hosts);
  return { store: createGraphStore(client, { siteId: config.siteId }), session };
}
