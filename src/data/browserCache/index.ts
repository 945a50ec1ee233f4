/**
 * The browser cache of the Overview's lists and figures (docs/architecture.md, "The browser
 * cache"): what may be kept (`browserCacheFields`), where (`openKeptScope`, with the lists and
 * the figures over it: `listCacheIn`, `keptFiguresIn`), and the one function that deletes it all
 * (`clearBrowserCache`: sign-out calls it).
 */
export { browserCacheFields, cachedParts, keepOnly, type CachedPart } from './allowList';
export {
  cachedListOf,
  type BrowserFiguresCache,
  type BrowserListCache,
  type CachedList,
} from './cachedList';
export { clearBrowserCache, openKeptScope, type KeptScope } from './keptDatabase';
export { keptFiguresIn } from './keptFigures';
export { listCacheIn } from './indexedDbListCache';
