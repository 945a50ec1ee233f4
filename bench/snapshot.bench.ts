/**
 * The Teams tab's data load at a large council's size: `loadSnapshot()` through the real Graph
 * client against the emulator holding 20,000 seeded cases (~63,000 items, 9 lists).
 *   snapshot.cold20k          a fresh store's first load (every list enumerated with delta)
 *   snapshot.firstView20k     what the tab's first view (the Overview) reads: its lists, the
 *                             cases and stages only since the start of this financial year
 *   snapshot.rest             then everything else in full (last year's window is read in
 *                             full with it here, not widened first as the tab does)
 *   snapshot.refresh          an unchanged refresh: median of 5, and its Graph requests
 * Each cold figure is the median of 3 fresh stores. `.cpu` is this process's CPU time
 * (user + system) over the same span: with the emulator in process (the default) it is the
 * whole work of the load; with FD_BENCH_SNAPSHOT_EMULATOR=process the emulator runs in its own
 * process, as under `npm start`, and `.cpu` is the client's share alone (what a browser's main
 * thread would spend). Wall figures include waiting for the other processes on the machine:
 * the load average is printed beside them.
 *   npx tsx bench/snapshot.bench.ts    (FD_BENCH_SNAPSHOT_CASES=N to change the size;
 *                                       the seeded folder .data/bench-<N> is kept between runs)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { startEmulator } from '../emulator/server';
import { createGraphClient, type GraphClient } from '../src/data/graph/client';
import { createGraphStore } from '../src/data/graphStore';
import { provisionSite } from '../src/data/provision';
import { generateDemoData, writeDemoData } from '../src/data/seed';
import { snapshotParts, type SnapshotOptions } from '../src/data/store';
import { asIsoDate } from '../src/domain/primitives/brand';
import { firstLoadFor } from '../src/tab/views/viewNames';

const cases = Number(process.env.FD_BENCH_SNAPSHOT_CASES ?? 20_000);
const separate = process.env.FD_BENCH_SNAPSHOT_EMULATOR === 'process';
const label = cases === 20_000 ? '20k' : String(cases);
const dataDir = path.resolve('.data', `bench-${label}`);
const marker = path.join(dataDir, 'bench-seeded.json');
const SEED = { cases, seed: 'feedback-desk', today: '2026-11-23', version: 1 };
const RUNS = 3;

const print = (name: string, value: number, unit: string) =>
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
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

/** The emulator in its own process (`npm run emulator`), as the tab meets it under `npm start`. */
async function startEmulatorProcess(): Promise<{ graphUrl: string; close(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'emulator/main.ts', '--port', '0', '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const graphUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /Graph base URL (\S+),/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the emulator exited (${code})`)));
  });
  return {
    graphUrl,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Timed {
  wall: number;
  cpu: number;
}

/** Loads on a fresh store `RUNS` times; the medians, and the last store's request count. */
async function coldLoads(client: GraphClient, options: SnapshotOptions, then?: boolean) {
  const first: Timed[] = [];
  const next: Timed[] = [];
  let requests = 0;
  let items = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const store = createGraphStore(client, { siteId: 'root' });
    let wall = performance.now();
    let cpu = process.cpuUsage();
    const loaded = await store.loadSnapshot(options);
    first.push({ wall: performance.now() - wall, cpu: cpuMs(cpu) });
    if (!loaded.ok) throw new Error(loaded.error.message);
    requests = store.lastSnapshotRequests();
    items = snapshotParts.reduce((sum, part) => sum + loaded.value[part].length, 0);
    if (!then) continue;
    wall = performance.now();
    cpu = process.cpuUsage();
    const full = await store.loadSnapshot({ parts: loaded.value.unloaded ?? [] });
    next.push({ wall: performance.now() - wall, cpu: cpuMs(cpu) });
    if (!full.ok) throw new Error(full.error.message);
  }
  return {
    wall: median(first.map((t) => t.wall)),
    cpu: median(first.map((t) => t.cpu)),
    requests,
    items,
    nextWall: next.length ? median(next.map((t) => t.wall)) : 0,
    nextCpu: next.length ? median(next.map((t) => t.cpu)) : 0,
  };
}

await ensureSeeded();
const emulator = separate ? await startEmulatorProcess() : await startEmulator({ dataDir });
try {
  const client = createGraphClient({ baseUrl: emulator.graphUrl });
  // Warm the emulator's own caches (site, lists, columns), as a running emulator would be:
  // the figures below are the load, not the first request's set-up.
  const warmed = await createGraphStore(client, { siteId: 'root' }).loadSnapshot();
  if (!warmed.ok) throw new Error(warmed.error.message);

  print('snapshot.emulatorInProcess', separate ? 0 : 1, 'boolean');
  print('snapshot.loadAverage1m', Number((loadavg()[0] ?? 0).toFixed(1)), 'processes');
  const cold = await coldLoads(client, {});
  print(`snapshot.cold${label}`, Math.round(cold.wall), 'ms');
  print(`snapshot.cold${label}.cpu`, Math.round(cold.cpu), 'ms');
  print(`snapshot.cold${label}.requests`, cold.requests, 'requests');
  print(`snapshot.cold${label}.items`, cold.items, 'items');

  const lazy = await coldLoads(client, firstLoadFor('overview', asIsoDate(SEED.today)), true);
  print(`snapshot.firstView${label}`, Math.round(lazy.wall), 'ms');
  print(`snapshot.firstView${label}.cpu`, Math.round(lazy.cpu), 'ms');
  print(`snapshot.firstView${label}.requests`, lazy.requests, 'requests');
  print(`snapshot.firstView${label}.items`, lazy.items, 'items');
  print('snapshot.rest', Math.round(lazy.nextWall), 'ms');
  print('snapshot.rest.cpu', Math.round(lazy.nextCpu), 'ms');

  const store = createGraphStore(client, { siteId: 'root' });
  const loaded = await store.loadSnapshot();
  if (!loaded.ok) throw new Error(loaded.error.message);
  const refreshes: Timed[] = [];
  let same = true;
  for (let i = 0; i < 5; i += 1) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const again = await store.loadSnapshot();
    refreshes.push({ wall: performance.now() - wall, cpu: cpuMs(cpu) });
    if (!again.ok) throw new Error(again.error.message);
    same &&= again.value === loaded.value;
  }
  console.log(
    `snapshot.refresh: ${Math.round(median(refreshes.map((t) => t.wall)))} ms / ${store.lastSnapshotRequests()} requests`,
  );
  print('snapshot.refresh.cpu', Math.round(median(refreshes.map((t) => t.cpu))), 'ms');
  print('snapshot.refresh.sameSnapshot', same ? 1 : 0, 'boolean');
  print('snapshot.loadAverage1m.end', Number((loadavg()[0] ?? 0).toFixed(1)), 'processes');
} finally {
  await emulator.close();
}
