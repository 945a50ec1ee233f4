export { createGraphClient, type GraphClient, type GraphClientOptions } from './client';
export { GraphRequestError, toGraphRequestError } from './errors';
export { toStoreError, asStoreResult, StoreFailure } from './storeError';
export { runBatch, batchError, BATCH_LIMIT, type BatchRequest, type BatchResponse } from './batch';
export { readAllPages, odataString, filterQuery } from './paging';
export { sitePath } from './sitePath';
