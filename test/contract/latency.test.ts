import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

// The latency model wired into the server: a queue of one per client must still answer every
// request, in full, and switching the model off must not strand queued requests.
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ latency: { baseMs: 1, perItemMs: 0, concurrency: 1 } });
});
afterAll(() => harness.stop());

const getRoot = (token: string) =>
  fetch(`${harness.emulator.graphUrl}/sites/root`, {
    headers: { authorization: `Bearer ${token}` },
  }).then(async (response) => ({ status: response.status, body: await response.json() }));

it('answers every request of a client whose requests queue behind one another', async () => {
  const answers = await Promise.all(Array.from({ length: 6 }, () => getRoot('user-a')));
  expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
  expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
});

it('answers the same with the model switched off', async () => {
  const slow = await getRoot('user-b');
  harness.emulator.setLatency(undefined);
  const plain = await getRoot('user-b');
  expect(plain).toEqual(slow);
});
