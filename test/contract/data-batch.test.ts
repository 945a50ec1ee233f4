import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/data/graph/batch';
import { withEmulatorStore } from './data-fixtures';

const h = withEmulatorStore();

describe('$batch', () => {
  it('splits into requests of 20 and retries throttled sub-requests until they land once', async () => {
    const path = `/sites/root/lists/${h.provision.lists.Demand}/items`;
    const requests = Array.from({ length: 25 }, (_, i) => ({
      method: 'POST' as const,
      url: path,
      body: {
        fields: {
          Title: `k${i}`,
          DemandKey: `2030-31#m${i}`,
          FinancialYear: '2030-31',
          Measure: 'referrals',
          Value: i,
        },
      },
    }));
    await h.control('POST', 'faults', {
      faults: [
        { status: 429, retryAfterSeconds: 0, method: 'POST', pathPattern: '/items$', times: 2 },
        {
          status: 503,
          retryAfterSeconds: 0,
          method: 'POST',
          pathPattern: '/items$',
          afterWrite: true,
        },
      ],
    });
    await h.control('POST', 'stats/reset');
    const answers = await runBatch(h.client, requests, { sleep: async () => {} });
    await h.control('DELETE', 'faults');
    // The 503-after-write one comes back 409 on its retry: it had landed the first time.
    expect(
      answers.filter((a) => a.status === 201).length +
        answers.filter((a) => a.status === 409).length,
    ).toBe(25);
    expect(answers.filter((a) => a.status === 409).length).toBeLessThanOrEqual(1);
    const stats = await h.stats();
    expect(stats.byMethod.POST).toBeGreaterThanOrEqual(3); // two chunks + at least one retry round
    const items = await h.client.get<{ value: unknown[] }>(`${path}?$top=100`);
    expect(items.value).toHaveLength(25);
  });
});
