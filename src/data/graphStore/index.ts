export {
  createGraphStore,
  type GraphFeedbackStore,
  type GraphStoreOptions,
} from './createGraphStore';
export { buildEml, archiveFileName } from './eml';
export { messageKey, referenceKey } from './messageKey';
