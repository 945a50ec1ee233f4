/**
 * The Teams tab's data load at a large council's size: `loadSnapshot()` through the real Graph
 * client against an in-process emulator holding 20,000 seeded cases (~63,000 items, 9 lists).
 *   snapshot.cold20k          a fresh store's first load (every list enumerated with delta)
 *   snapshot.warm20k          a second load on the same store (the in-memory cache + delta)
 *   snapshot.refresh          an unchanged refresh: median of 5, and its Graph requests
 *   snapshot.firstView20k     a fresh store's load with the correspondence deferred (what the
 *                             tab's first view needs)
 *   snapshot.lazy.*           the correspondence, loaded by the next full load
 * CPU figures are this process's user+system time: the emulator and the client share it, so
 * they are the whole machine's work for the load, whatever else the machine is doing (the
 * load average is printed because wall-clock figures include waiting for other processes).
 *   npx tsx bench/snapshot.bench.ts    (FD_BENCH_SNAPSHOT_CASES=N to change the size;
 *                                       the seeded folder .data/bench-<N> is kept between runs)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { startEmulator } from '../emulator/server';
import { createGraphClient } from '../src/data/graph/client';
import { createGraphStore } from '../src/data/graphStore';
import { provisionSite } from '../src/data/provision';
import { generateDemoData, writeDemoData } from '../src/data/seed';
import { asIsoDate } from '../src/domain/shared/brand';

const cases = Number(process.env.FD_BENCH_SNAPSHOT_CASES ?? 20_000);
const label = cases === 20_000 ? '20k' : String(cases);
const dataDir = path.resolve('.data', `bench-${label}`);
const marker = path.join(dataDir, 'bench-seeded.json');
const SEED = { cases, seed: 'feedback-desk', today: '2026-11-23', version: 1 };

const print = (name: string, value: number, unit: string) =>
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Seeds the folder once; later runs reuse it (the marker records what was seeded). */
async function ensureSeeded(): Promise<void> {
  if (existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(SEED)) return;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const emulator = await startEmulator({ dataDir });
  try {
    const client = createGraphClient({ baseUrl: emulator.graphUrl });
    await provisionSite(client, 'root');
    const data = generateDemoData({ cases, seed: SEED.seed, today: asIsoDate(SEED.today) });
    const report = await writeDemoData(client, 'root', data, {
      log: (line) => console.error(line),
    });
    if (report.errors.length > 0) throw new Error(`seeding failed: ${report.errors.join('; ')}`);
  } finally {
    await emulator.close();
  }
  writeFileSync(marker, JSON.stringify(SEED));
  print(`snapshot.seed${label}`, Math.round(performance.now() - started), 'ms');
}

await ensureSeeded();
const emulator = await startEmulator({ dataDir });
try {
  const client = createGraphClient({ baseUrl: emulator.graphUrl });
  // Warm the emulator's own caches (site, lists, columns) and the list ids, as a running
  // emulator would be: the figures below are the load, not the first request's set-up.
  const warmup = createGraphStore(client, { siteId: 'root' });
  const warmed = await warmup.loadSnapshot();
  if (!warmed.ok) throw new Error(warmed.error.message);

  print('snapshot.loadAverage1m', Number((loadavg()[0] ?? 0).toFixed(1)), 'processes');
  const store = createGraphStore(client, { siteId: 'root' });
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const cold = await store.loadSnapshot();
  const coldWall = performance.now() - wall;
  const coldCpu = cpuMs(cpu);
  if (!cold.ok) throw new Error(cold.error.message);
  const items = Object.values(cold.value).reduce<number>(
    (sum, value) => sum + (Array.isArray(value) ? value.length : 0),
    0,
  );
  print(`snapshot.cold${label}`, Math.round(coldWall), 'ms');
  print(`snapshot.cold${label}.cpu`, Math.round(coldCpu), 'ms');
  print(`snapshot.cold${label}.requests`, store.lastSnapshotRequests(), 'requests');
  print(`snapshot.cold${label}.cases`, cold.value.cases.length, 'cases');
  print(`snapshot.cold${label}.items`, items, 'items');
  if (cold.value.problems) print('snapshot.problems', cold.value.problems.length, 'items');

  const refreshes: { wall: number; cpu: number }[] = [];
  let again: unknown;
  for (let i = 0; i < 5; i += 1) {
    wall = performance.now();
    cpu = process.cpuUsage();
    const result = await store.loadSnapshot();
    if (!result.ok) throw new Error(result.error.message);
    refreshes.push({ wall: performance.now() - wall, cpu: cpuMs(cpu) });
    again = result.value;
  }
  refreshes.sort((a, b) => a.wall - b.wall);
  const median = refreshes[2]!;
  console.log(
    `snapshot.refresh: ${Math.round(median.wall)} ms / ${store.lastSnapshotRequests()} requests`,
  );
  print('snapshot.refresh.cpu', Math.round(median.cpu), 'ms');
  print('snapshot.refresh.sameObject', again === cold.value ? 1 : 0, 'boolean');

  // The first view without the correspondence (the tab shows it only in a case's timeline),
  // then the correspondence on its own, as the tab would load it after the first view.
  const lazy = createGraphStore(client, { siteId: 'root' });
  wall = performance.now();
  cpu = process.cpuUsage();
  const first = await lazy.loadSnapshot({ defer: ['correspondence'] });
  if (!first.ok) throw new Error(first.error.message);
  print(`snapshot.firstView${label}`, Math.round(performance.now() - wall), 'ms');
  print(`snapshot.firstView${label}.cpu`, Math.round(cpuMs(cpu)), 'ms');
  print(`snapshot.firstView${label}.requests`, lazy.lastSnapshotRequests(), 'requests');
  wall = performance.now();
  cpu = process.cpuUsage();
  const rest = await lazy.loadSnapshot();
  if (!rest.ok) throw new Error(rest.error.message);
  print('snapshot.lazy.correspondence', Math.round(performance.now() - wall), 'ms');
  print('snapshot.lazy.correspondence.cpu', Math.round(cpuMs(cpu)), 'ms');
  print('snapshot.lazy.correspondence.items', rest.value.correspondence.length, 'items');
} finally {
  await emulator.close();
}
