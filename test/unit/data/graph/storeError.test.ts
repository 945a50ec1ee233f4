import { describe, expect, it } from 'vitest';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { GraphRequestError, toGraphRequestError } from '../../../../src/data/graph/errors';
import { toStoreError } from '../../../../src/data/graph/storeError';
import { userAgentFor } from '../../../../src/data/graph/middleware';

describe('Graph failures as store errors', () => {
  it.each([
    [412, 'conflict', /Someone else changed this in SharePoint while you were working on it/],
    [429, 'throttled', /SharePoint is busy.*kept/],
    [503, 'unavailable', /busy or unavailable.*kept/],
    [0, 'network', /No connection/],
    [401, 'unauthorized', /Sign in again/],
    [403, 'forbidden', /permission/],
    [404, 'not_found', /no longer/],
    [400, 'invalid', /refused/],
  ] as const)('HTTP %i → %s', (status, code, message) => {
    const error = toStoreError(new GraphRequestError(status, status ? 'x' : 'network', 'm'));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('keeps status, Graph code and Retry-After from the SDK error', () => {
    const sdk = new GraphError(429, 'Too many requests');
    sdk.code = 'activityLimitReached';
    sdk.headers = new Headers({ 'Retry-After': '7' });
    const mapped = toGraphRequestError(sdk);
    expect([mapped.status, mapped.code, mapped.retryAfterSeconds]).toEqual([
      429,
      'activityLimitReached',
      7,
    ]);
    const network = new GraphError(-1, 'fetch failed');
    network.code = 'TypeError';
    expect(toGraphRequestError(network).status).toBe(0);
  });

  it('treats a 409 as a unique-value clash', () => {
    expect(new GraphRequestError(409, 'nameAlreadyExists', 'dup').isUniqueViolation).toBe(true);
    expect(new GraphRequestError(412, 'preconditionFailed', 'etag').isUniqueViolation).toBe(false);
  });

  it('decorates traffic as SharePoint asks', () => {
    expect(userAgentFor('Example County Council', '0.1.0')).toBe(
      'NONISV|ExampleCountyCouncil|FeedbackDesk/0.1.0',
    );
  });
});
