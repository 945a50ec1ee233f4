/**
 * The browser cache of the Overview's lists (docs/architecture.md, "The browser cache"):
 * what may be kept (`browserCacheFields`), where (`createIndexedDbListCache`), and the one
 * function that deletes it all (`clearBrowserCache`: sign-out calls it).
 */
export { browserCacheFields, cachedParts, keepOnly, type CachedPart } from './allowList';
export {
  cachedListOf,
  type BrowserFiguresCache,
  type BrowserListCache,
  type CachedList,
} from './cachedList';
export { clearBrowserCache, createIndexedDbListCache } from './indexedDbListCache';
