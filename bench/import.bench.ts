/**
 * Import throughput into an in-process Graph emulator (issue 6; target: 100,000 case rows in
 * under 5 minutes). Generates a fictitious history of ROWS cases (default 20,000; set
 * BENCH_IMPORT_ROWS=100000 for the full run), provisions a fresh site and runs the real
 * `import` command over HTTP and JSON `$batch`. Each case row writes two items (the case and
 * its Stage 1) and one in ten a third (Stage 2).
 *   npx tsx bench/import.bench.ts
 *   → import.rowsPerSecond: 610 rows/s
 *   → import.projected100k: 164 s (wall clock)
 *   → import.projected100k.cpu: 60 s (CPU time of the process: client and emulator)
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/server';
import { main } from '../src/cli/main';
import { generateCasesCsv } from '../test/fixtures/import/generateHistory';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const work = mkdtempSync(join(tmpdir(), 'import-bench-'));
const emulator = await startEmulator({ port: 0, dataDir: join(work, 'emulator') });
try {
  const files = join(work, 'files');
  mkdirSync(files);
  writeFileSync(join(files, 'cases.csv'), generateCasesCsv(ROWS, 42));
  const quiet = { stdout: () => {}, stderr: () => {} };
  if ((await main(['provision', '--graph', emulator.graphUrl], quiet)) !== 0)
    throw new Error('provision failed');
  let output = '';
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let lastError = '';
  const code = await main(['import', files, '--graph', emulator.graphUrl], {
    stdout: (text) => (output += text),
    stderr: (text) => (lastError = text),
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // Client and emulator share this process: its CPU time is what the import costs on a quiet
  // machine, whatever else is running (the wall-clock figures grow with the load average).
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (code !== 0)
    throw new Error(`import failed: ${output.slice(0, 500)} ${lastError.slice(0, 500)}`);
  const result = JSON.parse(output) as { imported: Record<string, number> };
  const items = Object.values(result.imported).reduce((a, b) => a + b, 0);
  console.log(`import.rows: ${ROWS} rows (${items} items written)`);
  console.log(`import.rowsPerSecond: ${Math.round(ROWS / seconds)} rows/s`);
  console.log(`import.itemsPerSecond: ${Math.round(items / seconds)} items/s`);
  console.log(`import.projected100k: ${Math.round((100_000 / ROWS) * seconds)} s`);
  console.log(`import.cpuSeconds: ${cpuSeconds.toFixed(1)} s`);
  console.log(`import.projected100k.cpu: ${Math.round((100_000 / ROWS) * cpuSeconds)} s`);
  console.error(
    `(load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
} finally {
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
}
