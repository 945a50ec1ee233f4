import { listCacheIn, type KeptScope } from '../../data/browserCache';
import { createGraphStore } from '../../data/graphStore/createGraphStore';
import { defaultRoleGroups } from '../../data/lists/siteRoles';
import type { FeedbackStore } from '../../data/store';
import type { AppConfig } from '../../platform/config';
import { graphOver, signedInSharePoint } from '../../platform/auth/signedInGraph';
import type { DemoIdentity, SignIn } from '../../platform/auth/signInSession';

/**
 * The Graph store the configuration points at, over the page's sign-in: the Graph client, the
 * list definitions and the records' schemas, the data layer. Its own chunk (`startTab.ts` loads
 * it, and the page's HTML preloads it: webpack.config.ts), so a re-open draws its kept figures
 * before this code is evaluated.
 */
export function connectStore(options: {
  readonly config: AppConfig;
  readonly signIn: SignIn;
  readonly demo: DemoIdentity | undefined;
  /** What the page keeps between visits; the store keeps the Overview's lists there. */
  readonly kept: KeptScope;
  /** Called as each Graph request leaves. */
  readonly onSend: () => void;
}): FeedbackStore {
  const { config, signIn, demo, kept, onSend } = options;
  const graph = graphOver(config, signIn, demo, onSend);
  return createGraphStore(graph.client, {
    siteId: config.siteId,
    sharePoint: signedInSharePoint(config, graph, demo),
    roleGroups: {
      officers: config.groups?.officers ?? defaultRoleGroups.officers,
      managers: config.groups?.managers ?? defaultRoleGroups.managers,
      headsOfService: config.groups?.headsOfService ?? defaultRoleGroups.headsOfService,
    },
    browserCache: listCacheIn(kept),
  });
}
