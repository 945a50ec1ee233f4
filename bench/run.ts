/**
 * Runs every `bench/*.bench.ts` in turn, each in its own tsx process so one cannot warm
 * or slow another, and prints their figures (`name: value unit`).
 *   npm run bench             → every benchmark
 *   npm run bench -- emulator → only files whose name contains "emulator"
 *   npm run bench -- tab --latency sharepoint → the tab against the emulator's SharePoint
 *     latency model (emulator/latency.ts), passed on as FD_BENCH_LATENCY
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const latencyAt = args.indexOf('--latency');
const latency = latencyAt >= 0 ? args.splice(latencyAt, 2)[1] : undefined;
if (latencyAt >= 0 && !latency) {
  console.error('bench: --latency needs a model name (sharepoint)');
  process.exit(2);
}
const filters = args;
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts matches ${filters.join(', ') || 'anything'}`);
  process.exit(2);
}

const failed: string[] = [];
for (const file of files) {
  console.log(`# ${file}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], {
    stdio: 'inherit',
    cwd: join(here, '..'),
    env: latency ? { ...process.env, FD_BENCH_LATENCY: latency } : process.env,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed.push(file);
    console.log(`# ${file} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
  } else console.log(`# ${file} done in ${seconds} s`);
}
if (failed.length > 0) {
  console.error(`bench: ${failed.length} of ${files.length} failed: ${failed.join(', ')}`);
  process.exit(1);
}
