/**
 * The demo stack's own figures: start on an empty data folder (provision + first-run seed),
 * restart on the same folder, the seed's write rate, and the snapshot the tab loads (cold,
 * warm from the delta cache, and the Graph requests of an unchanged refresh). The page build
 * is not included (docs/performance.md has `npm start` from scratch).
 *   FD_BENCH_SEED_CASES=20000 npm run bench -- start
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoStack } from '../scripts/demo-stack';
import { createGraphClient } from '../src/data/graph/client';
import { createGraphStore } from '../src/data/graphStore';

const cases = Number(process.env.FD_BENCH_SEED_CASES ?? 2000);
const dataDir = mkdtempSync(path.join(tmpdir(), 'fd-bench-start-'));
const ms = (since: number) => (performance.now() - since).toFixed(0);

try {
  let started = performance.now();
  const first = await startDemoStack({ dataDir, seedCases: cases, today: '2026-11-23' });
  const firstMs = performance.now() - started;
  console.log(`stack first start with seed of ${cases} cases: ${firstMs.toFixed(0)} ms`);
  console.log(
    `seed rate: ${((cases / firstMs) * 1000).toFixed(0)} cases/s (including provisioning)`,
  );
  await first.close();

  started = performance.now();
  const stack = await startDemoStack({ dataDir });
  console.log(`stack restart (data kept): ${ms(started)} ms`);
  started = performance.now();
  const page = await fetch(`${stack.webUrl}config.json`);
  await page.text();
  console.log(`first response after restart: ${ms(started)} ms`);

  const store = createGraphStore(createGraphClient({ baseUrl: stack.graphUrl }), {
    siteId: 'root',
  });
  started = performance.now();
  const cold = await store.loadSnapshot();
  if (!cold.ok) throw new Error(cold.error.message);
  console.log(`snapshot cold (${cold.value.cases.length} cases): ${ms(started)} ms`);
  console.log(`snapshot cold requests: ${store.lastSnapshotRequests()} requests`);
  const warm: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    started = performance.now();
    await store.loadSnapshot();
    warm.push(performance.now() - started);
  }
  warm.sort((a, b) => a - b);
  console.log(`snapshot unchanged refresh (median of 5): ${warm[2]!.toFixed(0)} ms`);
  console.log(`snapshot unchanged refresh requests: ${store.lastSnapshotRequests()} requests`);
  await stack.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
